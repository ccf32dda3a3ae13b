# Math.Stats.Summary: a three-level module path with a private helper
fn total(xs :: List<Int>) -> Int = List.reduce(xs, 0, fn a, b -> a + b end)

pub fn mean_x100(xs :: List<Int>) -> Int do
  total(xs) * 100 / List.length(xs)
end

pub fn max_of(xs :: List<Int>) -> Int do
  List.reduce(List.tail(xs), List.head(xs), fn a, b -> Math.max(a, b) end)
end
