# Math.Vector
pub fn dot(a :: Int, b :: Int) -> Int = a * b
