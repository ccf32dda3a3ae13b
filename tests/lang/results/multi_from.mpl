# Several `impl From<S> for AppError` (one per source error type) so that `?` converts String, Int and struct errors into one error type
struct DiskFull do
  needed :: Int
end

type AppError do
  Message(String)
  Code(Int)
  Disk(Int)
end

impl From<String> for AppError do
  fn from(s :: String) -> AppError = Message(s)
end

impl From<Int> for AppError do
  fn from(n :: Int) -> AppError = Code(n)
end

impl From<DiskFull> for AppError do
  fn from(d :: DiskFull) -> AppError = Disk(d.needed)
end

fn parse(s :: String) -> Int!String do
  case String.to_int(s) do
    Some(n) -> Ok(n)
    None -> Err("cannot parse " <> s)
  end
end

fn status(n :: Int) -> Int!Int do
  if n >= 400 do Err(n) else Ok(n) end
end

fn store(n :: Int) -> Int!DiskFull do
  if n > 1000 do Err(DiskFull { needed: n - 1000 }) else Ok(n) end
end

fn pipeline(s :: String) -> Int!AppError do
  let n = parse(s)?
  let code = status(n)?
  let written = store(code * 5)?
  Ok(written)
end

fn show(r :: Int!AppError) -> String do
  case r do
    Ok(v) -> "ok ${v}"
    Err(Message(m)) -> "message: " <> m
    Err(Code(c)) -> "code ${c}"
    Err(Disk(n)) -> "disk short by ${n}"
  end
end

fn main() do
  for input in ["100", "abc", "404", "300"] do
    println(input <> " -> " <> show(pipeline(input)))
  end
  println(show(Err(AppError.from("direct"))))
  println(show(Err(AppError.from(7))))
  println(show(Err(AppError.from(DiskFull { needed: 3 }))))
end
