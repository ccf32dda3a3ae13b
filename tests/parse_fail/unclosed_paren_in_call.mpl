# error: `(` of the `add(` call is never closed
fn add(a :: Int, b :: Int) -> Int do
  a + b
end

fn main() do
  let total = add(1, 2
  println("total ${total}")
end
