# error: `return "negative"` returns a String from a function declared `-> Int`
fn clamp(n :: Int) -> Int do
  if n < 0 do
    return "negative"
  end
  n
end

fn main() do
  println("${clamp(5)}")
end
