# error: `if` condition is an Int, not a Bool
fn main() do
  let n = 3
  if n do
    println("non-zero")
  end
end
