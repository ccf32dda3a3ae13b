# error: case on a String scrutinee with an Int literal pattern
fn code(s :: String) -> Int do
  case s do
    "a" -> 1
    2 -> 2
    _ -> 0
  end
end

fn main() do
  println("${code("a")}")
end
