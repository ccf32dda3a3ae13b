# error: `.to_string()` on a sum type without deriving(Display)
type Color do
  Red
  Green
end

fn main() do
  let c = Red
  println(c.to_string())
end
