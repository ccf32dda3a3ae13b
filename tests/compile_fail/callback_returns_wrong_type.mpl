# error: List.filter predicate returns an Int instead of a Bool
fn main() do
  let xs = List.filter([1, 2, 3], fn x -> x % 2 end)
  println("${xs}")
end
