# error: `==` on two functions; functions do not implement Eq
fn inc(x :: Int) -> Int = x + 1
fn dec(x :: Int) -> Int = x - 1

fn main() do
  if inc == dec do
    println("same")
  else
    println("different")
  end
end
