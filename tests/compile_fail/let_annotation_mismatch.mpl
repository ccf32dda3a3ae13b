# error: `let name :: String = 42`
fn main() do
  let name :: String = 42
  println(name)
end
