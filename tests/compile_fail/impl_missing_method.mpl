# error: impl of `Shape` for `Box` does not define required method `perimeter`
struct Box do
  side :: Int
end

interface Shape do
  fn area(self) -> Int
  fn perimeter(self) -> Int
end

impl Shape for Box do
  fn area(self) -> Int do
    self.side * self.side
  end
end

fn main() do
  let b = Box { side: 2 }
  println("${b.area()}")
end
