# error: float literal `2.5e` has no exponent digits
fn scale(x :: Float) -> Float do
  x * 2.5e
end

fn main() do
  println("${scale(1.0)}")
end
