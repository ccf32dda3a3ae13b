# Shapes.Kinds: a pub sum type and a constructor helper
pub type Shape do
  Circle(Float)
  Square(Float)
end

pub fn circle(r :: Float) -> Shape = Circle(r)
