# From conversions: impl From<S> for D gives D.from(x), and `?` converts error types through From
struct Wrapper do
  value :: Int
end

type AppError do
  BadInput(String)
  TooBig(Int)
end

struct ParseFailure do
  input :: String
end

impl From<Int> for Wrapper do
  fn from(x :: Int) -> Wrapper do
    Wrapper { value: x * 2 }
  end
end

impl From<ParseFailure> for AppError do
  fn from(e :: ParseFailure) -> AppError do
    BadInput(e.input)
  end
end

fn parse(s :: String) -> Int!ParseFailure do
  case String.to_int(s) do
    Some(n) -> Ok(n)
    None -> Err(ParseFailure { input: s })
  end
end

fn check_range(n :: Int) -> Int!AppError do
  if n > 100 do Err(TooBig(n)) else Ok(n) end
end

fn parse_and_check(s :: String) -> Int!AppError do
  let n = parse(s)?
  let m = check_range(n)?
  Ok(m + 1)
end

fn report(r :: Int!AppError) -> String do
  case r do
    Ok(v) -> "ok ${v}"
    Err(BadInput(s)) -> "bad input '" <> s <> "'"
    Err(TooBig(n)) -> "too big: ${n}"
  end
end

fn main() do
  let w = Wrapper.from(21)
  println("${w.value}")
  println(report(parse_and_check("41")))
  println(report(parse_and_check("abc")))
  println(report(parse_and_check("500")))
  println(String.from(7) <> String.from(2.5) <> String.from(false))
  println("${Float.from(3) / 2.0}")
  let ws = List.map([1, 2, 3], fn n -> Wrapper.from(n).value end)
  println("${ws}")
end
