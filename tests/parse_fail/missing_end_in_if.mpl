# error: missing `end` for the `if` in `classify`
fn classify(n :: Int) -> String do
  if n > 0 do
    "positive"
  else
    "non-positive"
end

fn main() do
  println(classify(5))
end
