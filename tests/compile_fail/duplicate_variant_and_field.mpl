# errors (2): variant `Red` listed twice in `Color`; field `x` declared twice in `Point`
type Color do
  Red
  Green
  Red
end

struct Point do
  x :: Int
  x :: Int
end

fn main() do
  println("ok")
end
