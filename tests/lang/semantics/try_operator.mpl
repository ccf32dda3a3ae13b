# `?` on Result and Option: early Err/None, From conversion of two different error structs into one sum, `?` in statement position, inside if branches and nested in call arguments
struct ParseError do
  input :: String
end

struct RangeError do
  value :: Int
  max :: Int
end

type AppError do
  BadParse(String)
  OutOfRange(Int)
  Other(String)
end deriving(Display)

impl From<ParseError> for AppError do
  fn from(e :: ParseError) -> AppError do
    BadParse(e.input)
  end
end

impl From<RangeError> for AppError do
  fn from(e :: RangeError) -> AppError do
    OutOfRange(e.value - e.max)
  end
end

fn parse(s :: String) -> Int!ParseError do
  case String.to_int(s) do
    Some(n) -> Ok(n)
    None -> Err(ParseError { input: s })
  end
end

fn in_range(n :: Int, max :: Int) -> Int!RangeError do
  if n > max do Err(RangeError { value: n, max: max }) else Ok(n) end
end

fn note(ok :: Bool) -> ()!AppError do
  if ok do Ok(()) else Err(Other("note failed")) end
end

fn compute(a :: String, b :: String, strict :: Bool) -> Int!AppError do
  let x = parse(a)?
  note(x != 13)?
  let y = if strict do in_range(parse(b)?, 100)? else parse(b)? end
  Ok(in_range(x + y, 1000)? * 2)
end

fn lookup(m :: Map<String, String>, k :: String) -> Option<String> = if Map.has_key(m, k) do Some(Map.get(m, k)) else None end

fn resolve(m :: Map<String, String>, k :: String) -> Option<Int> do
  let v = lookup(m, k)?
  let target = lookup(m, v)?
  String.to_int(target)
end

fn main() do
  println("${compute("3", "4", true)}")
  println("${compute("x", "4", true)}")
  println("${compute("13", "4", true)}")
  println("${compute("3", "500", true)}")
  println("${compute("3", "500", false)}")
  println("${compute("900", "500", false)}")
  println("${compute("1", "b", false)}")
  let m = %{"a" => "b", "b" => "42", "c" => "zz", "d" => "c", "e" => "nowhere"}
  println("${List.map(["a", "d", "e", "q", "b"], fn k -> resolve(m, k) end)}")
end
