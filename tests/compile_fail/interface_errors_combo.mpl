# errors (2): impl of `Shape` for `Box` misses `name`; `.area()` called on a `Ball`, which has no `Shape` impl
interface Shape do
  fn area(self) -> Int
  fn name(self) -> String
end

struct Box do
  side :: Int
end

struct Ball do
  r :: Int
end

impl Shape for Box do
  fn area(self) -> Int = self.side * self.side
end

fn main() do
  let b = Ball { r: 1 }
  println("${b.area()}")
end
