# error: `for ... when x` filter is an Int, not a Bool
fn main() do
  let xs = for x in [1, 2] when x do x end
  println("${xs}")
end
