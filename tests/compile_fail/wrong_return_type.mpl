# error: function declared `-> Int` but its body ends with a String
fn answer() -> Int do
  let x = 41
  "the answer is ${x + 1}"
end

fn main() do
  println("${answer()}")
end
