# Geo.Shape: imports Geo.Vec; a struct with Vec2 fields and a sum type carrying Vec2, the struct and lists, returned in tuples, Results, Options and lists
from Geo.Vec import Vec2, make, add, min_max

pub struct Segment do
  a :: Vec2
  b :: Vec2
  name :: String
end deriving(Eq, Display)

pub type Figure do
  Dot(Vec2)
  Seg(Segment)
  Path(List<Vec2>)
end deriving(Eq, Display)

pub fn segment(a :: Vec2, b :: Vec2, name :: String) -> (Vec2, Segment)!String do
  if a == b do
    Err("empty segment " <> name)
  else
    Ok((make(b.x - a.x, b.y - a.y), Segment { a: a, b: b, name: name }))
  end
end

pub fn points(f :: Figure) -> List<Vec2> do
  case f do
    Dot(p) -> [p]
    Seg(s) -> [s.a, s.b]
    Path(ps) -> ps
  end
end

pub fn bounds(fs :: List<Figure>) -> Option<(Vec2, Vec2)> = min_max(List.flat_map(fs, points))

pub fn shift(f :: Figure, d :: Vec2) -> Figure do
  case f do
    Dot(p) -> Dot(add(p, d))
    Seg(s) -> Seg(%{s | a: add(s.a, d), b: add(s.b, d)})
    Path(ps) -> Path(List.map(ps, fn p -> add(p, d) end))
  end
end
