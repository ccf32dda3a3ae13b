# error: `+` has no right operand: the line ends with `+` and the next line starts with `let`
fn total(a :: Int, b :: Int, c :: Int) -> Int do
  let sum = a + b +
  let avg = sum / 3
  avg
end

fn main() do
  println("${total(1, 2, 3)}")
end
