# error: field access `.value` on an Int
fn main() do
  let n = 42
  println("${n.value}")
end
