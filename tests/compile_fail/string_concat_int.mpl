# error: `<>` concatenates a String with an Int
fn main() do
  let n = 42
  println("n = " <> n)
end
