# error: `if` branches have different types (String vs Int)
fn main() do
  let n = 5
  let v = if n > 0 do "positive" else 0 end
  println(v)
end
