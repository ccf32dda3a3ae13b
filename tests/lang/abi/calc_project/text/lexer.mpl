# Text.Lexer: turns a string into a List<Token>!String where every token carries a Span struct
pub struct Span do
  start :: Int
  len :: Int
end deriving(Eq, Display)

pub type Token do
  Num(Int, Span)
  Op(String, Span)
  LParen(Span)
  RParen(Span)
end deriving(Eq, Display)

fn is_digit(c :: String) -> Bool = String.contains("0123456789", c)

fn digits(s :: String, i :: Int, acc :: String) -> String do
  if i < String.length(s) and is_digit(String.slice(s, i, i + 1)) do
    digits(s, i + 1, acc <> String.slice(s, i, i + 1))
  else
    acc
  end
end

pub fn lex(s :: String, i :: Int, acc :: List<Token>) -> List<Token>!String do
  if i >= String.length(s) do
    Ok(acc)
  else
    let c = String.slice(s, i, i + 1)
    if c == " " do
      lex(s, i + 1, acc)
    else if c == "(" do
      lex(s, i + 1, List.append(acc, LParen(Span { start: i, len: 1 })))
    else if c == ")" do
      lex(s, i + 1, List.append(acc, RParen(Span { start: i, len: 1 })))
    else if c == "+" or c == "-" or c == "*" or c == "/" do
      lex(s, i + 1, List.append(acc, Op(c, Span { start: i, len: 1 })))
    else if is_digit(c) do
      let ds = digits(s, i, "")
      let n = case String.to_int(ds) do
        Some(v) -> v
        None -> 0
      end
      lex(s, i + String.length(ds), List.append(acc, Num(n, Span { start: i, len: String.length(ds) })))
    else
      Err("unexpected '" <> c <> "' at ${i}")
    end
  end
end
