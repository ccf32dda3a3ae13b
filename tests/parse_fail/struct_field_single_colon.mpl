# error: struct field uses `:` instead of `::`
struct Point do
  x: Int
  y :: Int
end

fn main() do
  let p = Point { x: 1, y: 2 }
  println("${p.y}")
end
