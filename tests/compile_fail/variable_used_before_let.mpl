# error: `later` is used before the `let` that defines it
fn main() do
  println(later)
  let later = "now"
  println(later)
end
