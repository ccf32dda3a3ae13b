# error: `pub` is not allowed on a `let` inside a function body
fn main() do
  pub let version = "1.0"
  println(version)
end
