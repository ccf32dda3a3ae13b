# error: `with` is a reserved keyword and cannot be used as a parameter name
fn join(a :: String, with :: String) -> String do
  a <> with
end

fn main() do
  println(join("a", "b"))
end
