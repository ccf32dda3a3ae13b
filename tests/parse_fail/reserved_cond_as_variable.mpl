# error: `cond` is a reserved keyword and cannot be used as a variable name
fn check(n :: Int) -> Bool do
  let cond = n > 10
  cond
end

fn main() do
  println("${check(3)}")
end
