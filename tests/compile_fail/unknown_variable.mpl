# error: unknown variable `totl` (typo of `total`)
fn main() do
  let total = 10
  println("${totl + 1}")
end
