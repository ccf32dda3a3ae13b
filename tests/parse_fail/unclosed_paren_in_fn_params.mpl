# error: parameter list of `fn scale` is missing its closing `)`
fn scale(x :: Int, factor :: Int -> Int do
  x * factor
end

fn main() do
  println("${scale(2, 3)}")
end
