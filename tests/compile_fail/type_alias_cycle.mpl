# error: type aliases A and B refer to each other
type A = B
type B = A
fn f(x :: A) -> Int = 1
fn main() do
  println("x")
end
