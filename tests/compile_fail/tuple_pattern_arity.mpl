# error: 3-element tuple pattern against a 2-element tuple
fn main() do
  let pair = (1, 2)
  let (a, b, c) = pair
  println("${a + b + c}")
end
