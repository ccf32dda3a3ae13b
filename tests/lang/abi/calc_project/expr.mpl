# Expr: a recursive-descent parser from Text.Lexer tokens to a Node tree; results are Results of (Node, Int) tuples or a ParseError struct
from Text.Lexer import Token, Span

pub struct ParseError do
  message :: String
  at :: Int
end deriving(Display)

pub type Node do
  Lit(Int)
  Bin(String, Node, Node)
  Minus(Node)
end deriving(Eq, Display)

fn token_at(ts :: List<Token>, i :: Int) -> Option<Token> = if i < List.length(ts) do Some(List.get(ts, i)) else None end

fn span_start(t :: Token) -> Int do
  case t do
    Num(_, s) -> s.start
    Op(_, s) -> s.start
    LParen(s) -> s.start
    RParen(s) -> s.start
  end
end

fn factor(ts :: List<Token>, i :: Int) -> (Node, Int)!ParseError do
  case token_at(ts, i) do
    Some(Num(n, _)) -> Ok((Lit(n), i + 1))
    Some(Op("-", _)) -> negate(ts, i + 1)
    Some(LParen(_)) -> group(ts, i + 1)
    Some(t) -> Err(ParseError { message: "unexpected ${t}", at: span_start(t) })
    None -> Err(ParseError { message: "unexpected end", at: -1 })
  end
end

fn negate(ts :: List<Token>, i :: Int) -> (Node, Int)!ParseError do
  let (inner, j) = factor(ts, i)?
  Ok((Minus(inner), j))
end

fn group(ts :: List<Token>, i :: Int) -> (Node, Int)!ParseError do
  let (inner, j) = expr(ts, i)?
  case token_at(ts, j) do
    Some(RParen(_)) -> Ok((inner, j + 1))
    _ -> Err(ParseError { message: "expected )", at: j })
  end
end

fn term(ts :: List<Token>, i :: Int) -> (Node, Int)!ParseError do
  let (left, j) = factor(ts, i)?
  term_rest(ts, left, j)
end

fn term_rest(ts :: List<Token>, left :: Node, i :: Int) -> (Node, Int)!ParseError do
  case token_at(ts, i) do
    Some(Op(op, _)) when op == "*" or op == "/" -> term_more(ts, left, op, i + 1)
    _ -> Ok((left, i))
  end
end

fn term_more(ts :: List<Token>, left :: Node, op :: String, i :: Int) -> (Node, Int)!ParseError do
  let (right, j) = factor(ts, i)?
  term_rest(ts, Bin(op, left, right), j)
end

fn expr(ts :: List<Token>, i :: Int) -> (Node, Int)!ParseError do
  let (left, j) = term(ts, i)?
  expr_rest(ts, left, j)
end

fn expr_rest(ts :: List<Token>, left :: Node, i :: Int) -> (Node, Int)!ParseError do
  case token_at(ts, i) do
    Some(Op(op, _)) when op == "+" or op == "-" -> expr_more(ts, left, op, i + 1)
    _ -> Ok((left, i))
  end
end

fn expr_more(ts :: List<Token>, left :: Node, op :: String, i :: Int) -> (Node, Int)!ParseError do
  let (right, j) = term(ts, i)?
  expr_rest(ts, Bin(op, left, right), j)
end

pub fn parse(ts :: List<Token>) -> Node!ParseError do
  let (n, j) = expr(ts, 0)?
  if j == List.length(ts) do Ok(n) else Err(ParseError { message: "trailing input", at: j }) end
end
