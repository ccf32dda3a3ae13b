# error: unary `-` applied to a String
fn main() do
  let s = "five"
  let t = -s
  println(t)
end
