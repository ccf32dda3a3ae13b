# Geometry: only `area`
pub fn area(s :: Int) -> Int = s * s
