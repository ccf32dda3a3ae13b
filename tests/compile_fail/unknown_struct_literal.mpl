# error: struct literal of undefined struct `Vector`
fn main() do
  let v = Vector { x: 1, y: 2 }
  println("${v.x}")
end
