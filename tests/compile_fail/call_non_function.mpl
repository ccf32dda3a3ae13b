# error: `count` is an Int, it cannot be called
fn main() do
  let count = 3
  let r = count(1)
  println("${r}")
end
