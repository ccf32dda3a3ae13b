# error: unexpected character `~` (bitwise not does not exist)
fn invert(x :: Int) -> Int do
  ~x
end

fn main() do
  println("${invert(5)}")
end
