# Eval: evaluates Node trees built in another module; division by zero is an Err naming the offending node
from Expr import Node

pub fn eval(n :: Node) -> Int!String do
  case n do
    Lit(v) -> Ok(v)
    Minus(inner) -> negate(inner)
    Bin(op, l, r) -> binary(op, l, r)
  end
end

fn negate(inner :: Node) -> Int!String do
  let v = eval(inner)?
  Ok(0 - v)
end

fn binary(op :: String, l :: Node, r :: Node) -> Int!String do
  let a = eval(l)?
  let b = eval(r)?
  case op do
    "+" -> Ok(a + b)
    "-" -> Ok(a - b)
    "*" -> Ok(a * b)
    "/" -> if b == 0 do Err("division by zero: ${Bin(op, l, r)}") else Ok(a / b) end
    _ -> Err("unknown operator " <> op)
  end
end
