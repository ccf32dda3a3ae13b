# Geometry
pub fn area(s :: Int) -> Int = s * s
