# error: refutable pattern in `let`: `(0, b)` does not cover tuples whose first element is not 0
fn main() do
  let pair = (3, "x")
  let (0, b) = pair
  println(b)
end
