# error: `?` used inside a function whose return type is Int, not Result/Option (E0036)
fn parse_port(s :: String) -> Int do
  let n = String.to_int(s)?
  n + 1
end

fn main() do
  println("${parse_port("80")}")
end
