# error: `${` in the string is never closed with `}`
fn greet(name :: String, age :: Int) -> String do
  "hi ${name, you are ${age}"
end

fn main() do
  println(greet("ann", 30))
end
