# error: struct literal field `y` is missing `:` before its value
struct Vec do
  x :: Int
  y :: Int
end

fn main() do
  let v = Vec { x: 1, y 2 }
  println("${v.x}")
end
