# error: case arm pattern `(a, b, c)` has 3 elements but the scrutinee is a 2-tuple (checker currently panics)
fn f(p :: (Int, Int)) -> Int do
  case p do
    (a, b, c) -> a
  end
end
fn main() do
  println("${f((1, 2))}")
end
