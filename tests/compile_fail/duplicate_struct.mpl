# error: struct `Point` defined twice
struct Point do
  x :: Int
end

struct Point do
  x :: Float
  y :: Float
end

fn main() do
  let p = Point { x: 1 }
  println("${p.x}")
end
