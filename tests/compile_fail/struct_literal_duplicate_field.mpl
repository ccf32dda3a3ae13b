# error: field `x` given twice in a struct literal
struct P do
  x :: Int
  y :: Int
end
fn main() do
  let p = P { x: 1, x: 2, y: 3 }
  println("${p.x}")
end
