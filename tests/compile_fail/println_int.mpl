# error: `println` takes a String, but is given an Int
fn main() do
  let n = 42
  println(n)
end
