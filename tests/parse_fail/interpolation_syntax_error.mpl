# error: syntax error inside interpolation: `${a + }` is missing the right operand
fn summary(a :: Int, b :: Int) -> String do
  "sum is ${a + } and b is ${b}"
end

fn main() do
  println(summary(1, 2))
end
