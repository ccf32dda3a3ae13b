# error: struct literal `Point {` is never closed
struct Point do
  x :: Int
  y :: Int
end

fn origin() -> Point do
  Point { x: 0, y: 0
end

fn main() do
  let p = origin()
  println("${p.x}")
end
