# error: or-pattern `1 | 2` used as an expression (not in a pattern)
fn small(n :: Int) -> Bool do
  let targets = 1 | 2
  n == targets
end

fn main() do
  println("${small(1)}")
end
