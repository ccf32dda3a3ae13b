# error: calling a String-typed parameter as a function
fn apply(f :: String, x :: Int) -> Int do
  f(x)
end

fn main() do
  println("${apply("inc", 1)}")
end
