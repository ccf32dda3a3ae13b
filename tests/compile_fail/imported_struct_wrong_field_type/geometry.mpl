# Geometry: pub struct Point and pub distance_sq
pub struct Point do
  x :: Int
  y :: Int
end

pub fn distance_sq(a :: Point, b :: Point) -> Int do
  (b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y)
end
