# error: function body is missing `do` (or `=` for an expression body)
fn triple(x :: Int) -> Int
  x * 3
end

fn main() do
  println("${triple(3)}")
end
