# error: impl method `area()` lacks the `self` parameter the interface declares
interface Area do
  fn area(self) -> Int
end
struct W do
  s :: Int
end
impl Area for W do
  fn area() -> Int = 1
end
fn main() do
  println("${W { s: 1 }.area()}")
end
