# error: empty interpolation `${}`
fn banner(title :: String) -> String do
  "== ${} ==" <> title
end

fn main() do
  println(banner("mesh"))
end
