# error: top-level `fn` has no name
fn (x :: Int) -> Int do
  x + 1
end

fn main() do
  println("hi")
end
