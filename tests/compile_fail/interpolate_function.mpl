# error: interpolating a function value, which has no Display
fn inc(x :: Int) -> Int = x + 1
fn main() do
  println("${inc}")
end
