# error: integer literal 99999999999999999999 does not fit in a 64-bit Int
fn limit() -> Int do
  99999999999999999999
end

fn main() do
  println("${limit()}")
end
