# error: string literal inside `${...}` is unterminated
fn label(n :: Int) -> String do
  "value: ${if n > 0 do "pos else "neg" end}"
end

fn main() do
  println(label(3))
end
