# error: parameter `b` has `::` but no type
fn add(a :: Int, b ::) -> Int do
  a + b
end

fn main() do
  println("${add(1, 2)}")
end
