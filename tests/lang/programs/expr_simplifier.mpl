# Nested sum types: an expression language (Expr holding BinOp and Value sums), exhaustive matches on nested constructors, simplification and evaluation with Result
type BinOp do
  Plus
  Minus
  Times
  Divide
end deriving(Eq, Display)

type Value do
  IntV(Int)
  BoolV(Bool)
end deriving(Eq, Display)

type Expr do
  Lit(Value)
  Var(String)
  Bin(BinOp, Expr, Expr)
  If(Expr, Expr, Expr)
  LessThan(Expr, Expr)
end

fn symbol(op :: BinOp) -> String do
  case op do
    Plus -> "+"
    Minus -> "-"
    Times -> "*"
    Divide -> "/"
  end
end

fn render(e :: Expr) -> String do
  case e do
    Lit(IntV(n)) -> "${n}"
    Lit(BoolV(b)) -> "${b}"
    Var(name) -> name
    Bin(op, l, r) -> "(" <> render(l) <> " " <> symbol(op) <> " " <> render(r) <> ")"
    If(c, t, f) -> "if " <> render(c) <> " then " <> render(t) <> " else " <> render(f)
    LessThan(l, r) -> render(l) <> " < " <> render(r)
  end
end

fn simplify(e :: Expr) -> Expr do
  case e do
    Bin(op, l, r) -> simplify_bin(op, simplify(l), simplify(r))
    If(c, t, f) -> simplify_if(simplify(c), simplify(t), simplify(f))
    LessThan(l, r) -> LessThan(simplify(l), simplify(r))
    Lit(_) | Var(_) -> e
  end
end

fn simplify_bin(op :: BinOp, l :: Expr, r :: Expr) -> Expr do
  case (op, l, r) do
    (Plus, Lit(IntV(0)), x) -> x
    (Plus, x, Lit(IntV(0))) -> x
    (Times, Lit(IntV(1)), x) -> x
    (Times, x, Lit(IntV(1))) -> x
    (Times, Lit(IntV(0)), _) -> Lit(IntV(0))
    (Minus, x, Lit(IntV(0))) -> x
    (_, Lit(IntV(a)), Lit(IntV(b))) when op != Divide -> Lit(IntV(apply(op, a, b)))
    _ -> Bin(op, l, r)
  end
end

fn simplify_if(c :: Expr, t :: Expr, f :: Expr) -> Expr do
  case c do
    Lit(BoolV(true)) -> t
    Lit(BoolV(false)) -> f
    _ -> If(c, t, f)
  end
end

fn apply(op :: BinOp, a :: Int, b :: Int) -> Int do
  case op do
    Plus -> a + b
    Minus -> a - b
    Times -> a * b
    Divide -> a / b
  end
end

fn eval(e :: Expr, env :: Map<String, Int>) -> Value!String do
  case e do
    Lit(v) -> Ok(v)
    Var(name) -> if Map.has_key(env, name) do Ok(IntV(Map.get(env, name))) else Err("unbound " <> name) end
    Bin(op, l, r) -> eval_bin(op, eval(l, env)?, eval(r, env)?)
    If(c, t, f) -> eval_if(eval(c, env)?, t, f, env)
    LessThan(l, r) -> compare_values(eval(l, env)?, eval(r, env)?)
  end
end

fn eval_bin(op :: BinOp, a :: Value, b :: Value) -> Value!String do
  case (a, b) do
    (IntV(_), IntV(0)) when op == Divide -> Err("division by zero")
    (IntV(x), IntV(y)) -> Ok(IntV(apply(op, x, y)))
    _ -> Err("type error in ${op}")
  end
end

fn eval_if(c :: Value, t :: Expr, f :: Expr, env :: Map<String, Int>) -> Value!String do
  case c do
    BoolV(true) -> eval(t, env)
    BoolV(false) -> eval(f, env)
    IntV(_) -> Err("condition is not a bool")
  end
end

fn compare_values(a :: Value, b :: Value) -> Value!String do
  case (a, b) do
    (IntV(x), IntV(y)) -> Ok(BoolV(x < y))
    _ -> Err("cannot compare")
  end
end

fn show(r :: Value!String) -> String do
  case r do
    Ok(v) -> "= ${v}"
    Err(e) -> "error: " <> e
  end
end

fn main() do
  let n = fn v -> Lit(IntV(v)) end
  let env = %{"x" => 6, "y" => 0}
  let exprs = [
    Bin(Plus, Bin(Times, n(1), Var("x")), n(0)),
    Bin(Times, Bin(Plus, n(2), n(3)), Bin(Minus, Var("x"), n(0))),
    If(LessThan(Var("y"), Var("x")), Bin(Divide, Var("x"), n(2)), n(-1)),
    If(Lit(BoolV(true)), Bin(Plus, n(4), n(5)), Var("zz")),
    Bin(Divide, Var("x"), Var("y")),
    Bin(Plus, Var("x"), Lit(BoolV(false))),
    If(n(1), n(2), n(3)),
    Bin(Times, n(0), Var("nope")),
    Bin(Minus, Var("q"), n(1))
  ]
  for e in exprs do
    let s = simplify(e)
    println(render(e) <> "  ~>  " <> render(s) <> "  " <> show(eval(s, env)))
  end
  println("${Plus} ${Divide == Divide} ${IntV(3) == IntV(3)} ${BoolV(true) != BoolV(false)}")
end
