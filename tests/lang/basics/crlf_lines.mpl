# CRLF line endings: \r\n counts as a single newline everywhere
fn add(a :: Int, b :: Int) -> Int do
  a + b
end

fn main() do
  let xs = [
    1,
    2
  ]
  let total = add(List.head(xs), 40)
  if total > 10 do
    println("total ${total}")
  else
    println("small")
  end
  let s = "two
lines"
  println("${String.length(s) > 0}")
end
