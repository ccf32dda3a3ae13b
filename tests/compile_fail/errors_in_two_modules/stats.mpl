# Stats: `mean` adds an Int to a Float (error)
pub fn count(xs :: List<Int>) -> Int = List.length(xs)

pub fn mean(xs :: List<Float>) -> Float do
  let total = List.reduce(xs, 0.0, fn a, b -> a + b end)
  total / List.length(xs)
end
