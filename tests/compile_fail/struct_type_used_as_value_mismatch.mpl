# error: function returns `Point` but builds a `Size` struct
struct Point do
  x :: Int
  y :: Int
end

struct Size do
  x :: Int
  y :: Int
end

fn origin() -> Point do
  Size { x: 0, y: 0 }
end

fn main() do
  println("${origin().x}")
end
