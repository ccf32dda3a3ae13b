# error: single `&` is not an operator (did you mean `&&` or `and`?)
fn in_range(n :: Int, lo :: Int, hi :: Int) -> Bool do
  n >= lo & n < hi
end

fn main() do
  println("${in_range(5, 0, 10)}")
end
