# error: `impl From<String> for E` defines `convert` instead of `from`
struct E do
  m :: String
end
impl From<String> for E do
  fn convert(x :: String) -> E = E { m: x }
end
fn main() do
  println(E.from("x").m)
end
