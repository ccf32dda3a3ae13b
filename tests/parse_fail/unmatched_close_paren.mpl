# error: extra `)` in the arithmetic expression
fn average(a :: Int, b :: Int) -> Int do
  (a + b)) / 2
end

fn main() do
  println("${average(4, 6)}")
end
