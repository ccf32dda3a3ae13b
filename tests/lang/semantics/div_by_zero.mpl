# Int division by zero panics (LANGUAGE.md 3.11 "Do"): lines printed before it appear, the program exits with status 1, nothing after the division runs
fn divide(a :: Int, b :: Int) -> Int = a / b

fn main() do
  println("start")
  println("${divide(10, 3)}")
  let zero = List.length([])
  println("about to divide")
  let r = divide(1, zero)
  println("unreachable ${r}")
end
