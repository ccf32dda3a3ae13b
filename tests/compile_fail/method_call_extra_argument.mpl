# error: `p.to_string(1)` passes an extra argument to to_string (the count should not include the receiver)
struct P do
  x :: Int
end deriving(Display)
fn main() do
  let p = P { x: 1 }
  println(p.to_string(1))
end
