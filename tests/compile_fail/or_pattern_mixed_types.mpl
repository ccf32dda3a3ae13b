# error: or-pattern `1 | "a"` mixes an Int and a String literal
fn f(x :: Int) -> Int do
  case x do
    1 | "a" -> 1
    _ -> 0
  end
end
fn main() do
  println("${f(1)}")
end
