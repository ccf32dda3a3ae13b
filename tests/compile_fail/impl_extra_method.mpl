# error: impl defines method `volume`, which interface `Shape` does not declare
interface Shape do
  fn area(self) -> Int
end
struct Box do
  s :: Int
end
impl Shape for Box do
  fn area(self) -> Int = self.s
  fn volume(self) -> Int = self.s
end
fn main() do
  println("${Box { s: 1 }.area()}")
end
