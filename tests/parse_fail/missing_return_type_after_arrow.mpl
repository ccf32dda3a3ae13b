# error: `->` in a function signature is not followed by a return type
fn double(x :: Int) -> do
  x * 2
end

fn main() do
  println("${double(4)}")
end
