# error: String argument passed to an Int parameter
fn add(a :: Int, b :: Int) -> Int = a + b

fn main() do
  let r = add(1, "2")
  println("${r}")
end
