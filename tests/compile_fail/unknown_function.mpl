# error: call of undefined function `compute_sum`
fn compute_total(xs :: List<Int>) -> Int do
  List.reduce(xs, 0, fn acc, x -> acc + x end)
end

fn main() do
  println("${compute_sum([1, 2, 3])}")
end
