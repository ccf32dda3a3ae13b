# error: multi-clause function `size` does not cover the `Large` variant
type Size do
  Small
  Medium
  Large
end

fn size(Small) = 1
fn size(Medium) = 2

fn main() do
  println("${size(Large)}")
end
