# error: List.map is given a two-parameter closure but calls it with one argument
fn main() do
  let xs = List.map([1, 2, 3], fn a, b -> a + b end)
  println("${xs}")
end
