# error: `add` takes 2 arguments but 3 are given
fn add(a :: Int, b :: Int) -> Int = a + b

fn main() do
  println("${add(1, 2, 3)}")
end
