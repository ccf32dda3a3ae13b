# error: `for` loop is missing `in` between the binding and the collection
fn main() do
  let xs = [1, 2, 3]
  for x xs do
    println("${x}")
  end
end
