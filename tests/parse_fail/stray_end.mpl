# error: stray `end` at top level after `fn helper` was already closed
fn helper(x :: Int) -> Int do
  x + 1
end
end

fn main() do
  println("${helper(1)}")
end
