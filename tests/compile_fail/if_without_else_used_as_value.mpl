# error: `if` without `else` has type () but is bound to an Int
fn main() do
  let c = true
  let v :: Int = if c do 1 end
  println("${v}")
end
