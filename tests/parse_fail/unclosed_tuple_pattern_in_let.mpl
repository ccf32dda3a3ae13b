# error: tuple pattern after `let` is missing its closing `)`
fn split(s :: String) -> (String, String) do
  (s, s)
end

fn main() do
  let (left, right = split("a:b")
  println(left <> right)
end
