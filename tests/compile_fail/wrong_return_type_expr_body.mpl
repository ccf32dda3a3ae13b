# error: expression-bodied function declared `-> Bool` returns an Int
fn is_big(n :: Int) -> Bool = n * 100

fn main() do
  println("${is_big(3)}")
end
