# error: interpolating a struct that does not derive Display
struct Point do
  x :: Int
  y :: Int
end

fn main() do
  let p = Point { x: 1, y: 2 }
  println("point: ${p}")
end
