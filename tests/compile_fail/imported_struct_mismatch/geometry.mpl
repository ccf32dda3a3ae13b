# Geometry: a pub struct and a constructor function
pub struct Point do
  x :: Int
  y :: Int
end

pub fn origin() -> Point do
  Point { x: 0, y: 0 }
end
