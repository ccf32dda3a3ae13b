# error: `let` annotated Float but the value is Int division
fn main() do
  let ratio :: Float = 7 / 2
  println("${ratio}")
end
