# Multi-module project: `import Geometry`, qualified calls, pub struct by bare name and as Geometry.Point, Point!String across modules
import Geometry

fn show(p :: Geometry.Point) -> String = "(${p.x}, ${p.y})"

fn report(r :: Point!String) -> String do
  case r do
    Ok(pt) -> "parsed " <> show(pt) <> " norm ${Geometry.distance_sq(Geometry.origin(), pt)}"
    Err(e) -> "error " <> e
  end
end

fn main() do
  let p = Geometry.origin()
  let q = Point { x: 3, y: 4 }
  println("${Geometry.distance_sq(p, q)}")
  println(report(Geometry.parse_point("5,12")))
  println(report(Geometry.parse_point("oops")))
  println(report(Geometry.parse_point("1,b")))
  let moved = Geometry.translate(q, 1, -1)
  println(show(moved))
  let pts = List.map(["1,1", "2,2"], fn s -> Geometry.parse_point(s) end)
  let oks = List.filter(pts, fn r -> case r do
    Ok(_) -> true
    Err(_) -> false
  end end)
  println("${List.length(oks)} ok")
end
