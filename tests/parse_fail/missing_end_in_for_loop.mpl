# error: missing `end` for the `for` loop in `main`
fn main() do
  let total = 0
  for i in 0..10 do
    println("step ${i}")
  let done = true
  println("done")
end
