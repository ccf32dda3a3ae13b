# error: `let` binding has `=` but no value before `end`
fn compute(a :: Int) -> Int do
  let doubled = a * 2
  let result =
end

fn main() do
  println("${compute(2)}")
end
