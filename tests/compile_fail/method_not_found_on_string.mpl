# error: `s.reverse_words()` - no such String function or trait method
fn main() do
  let s = "hello world"
  println(s.reverse_words())
end
