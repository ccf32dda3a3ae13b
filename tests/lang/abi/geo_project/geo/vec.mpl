# Geo.Vec: a pub struct with derived Eq/Display/Json, returned directly, inside Results and inside an Option of a tuple
pub struct Vec2 do
  x :: Int
  y :: Int
end deriving(Eq, Display, Json)

pub fn make(x :: Int, y :: Int) -> Vec2 = Vec2 { x: x, y: y }

pub fn add(a :: Vec2, b :: Vec2) -> Vec2 = Vec2 { x: a.x + b.x, y: a.y + b.y }

pub fn parse(s :: String) -> Vec2!String do
  let parts = String.split(String.trim(s), " ")
  if List.length(parts) != 2 do
    Err("need two numbers: '" <> s <> "'")
  else
    let xo = String.to_int(List.get(parts, 0))
    let yo = String.to_int(List.get(parts, 1))
    case (xo, yo) do
      (Some(x), Some(y)) -> Ok(make(x, y))
      _ -> Err("not numbers: '" <> s <> "'")
    end
  end
end

pub fn min_max(vs :: List<Vec2>) -> Option<(Vec2, Vec2)> do
  if List.length(vs) == 0 do
    None
  else
    let first = List.head(vs)
    let lo = List.reduce(vs, first, fn a, v -> make(Math.min(a.x, v.x), Math.min(a.y, v.y)) end)
    let hi = List.reduce(vs, first, fn a, v -> make(Math.max(a.x, v.x), Math.max(a.y, v.y)) end)
    Some((lo, hi))
  end
end
