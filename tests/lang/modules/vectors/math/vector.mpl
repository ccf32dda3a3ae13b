# Math.Vector: nested module path; pub struct and pub functions used qualified as Vector.f from main
pub struct Vec3 do
  x :: Int
  y :: Int
  z :: Int
end

pub fn new(x :: Int, y :: Int, z :: Int) -> Vec3 do
  Vec3 { x: x, y: y, z: z }
end

pub fn dot(a :: Vec3, b :: Vec3) -> Int do
  a.x * b.x + a.y * b.y + a.z * b.z
end

pub fn add(a :: Vec3, b :: Vec3) -> Vec3 do
  new(a.x + b.x, a.y + b.y, a.z + b.z)
end

pub fn scale(a :: Vec3, k :: Int) -> Vec3 do
  new(a.x * k, a.y * k, a.z * k)
end
