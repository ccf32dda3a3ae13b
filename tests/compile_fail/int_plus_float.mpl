# error: `+` mixes Int and Float (no implicit numeric conversion)
fn main() do
  let count = 3
  let avg = 2.5
  let total = count + avg
  println("${total}")
end
