# Struct fields whose types are sum types with payloads (struct, list, option payloads): built, updated, matched through the field with guards, compared, displayed
struct Point do
  x :: Int
  y :: Int
end deriving(Eq, Display)

type Geometry do
  Circle(Point, Float)
  Rect(Point, Point)
  Poly(List<Point>)
  Nothing
end deriving(Eq, Display)

type Status do
  Draft
  Published(String, Int)
  Archived(Option<String>)
end deriving(Eq, Display)

struct Figure do
  id :: Int
  geom :: Geometry
  status :: Status
  label :: String
end deriving(Eq, Display)

fn area(g :: Geometry) -> Float do
  case g do
    Circle(_, r) -> 3.0 * r * r
    Rect(a, b) -> Int.to_float(Math.abs((b.x - a.x) * (b.y - a.y)))
    Poly(pts) -> Int.to_float(List.length(pts))
    Nothing -> 0.0
  end
end

fn status_text(f :: Figure) -> String do
  case f.status do
    Draft -> "draft"
    Published(by, rev) when rev > 1 -> "published by ${by} (rev ${rev})"
    Published(by, _) -> "published by " <> by
    Archived(Some(why)) -> "archived: " <> why
    Archived(None) -> "archived"
  end
end

fn publish(f :: Figure, by :: String) -> Figure do
  case f.status do
    Published(_, rev) -> %{f | status: Published(by, rev + 1)}
    _ -> %{f | status: Published(by, 1)}
  end
end

fn origin_of(f :: Figure) -> Option<Point> do
  case f.geom do
    Circle(c, _) -> Some(c)
    Rect(a, _) -> Some(a)
    Poly(p :: _) -> Some(p)
    Poly(_) -> None
    Nothing -> None
  end
end

fn main() do
  let f1 = Figure { id: 1, geom: Circle(Point { x: 0, y: 0 }, 2.0), status: Draft, label: "round" }
  let f2 = Figure { id: 2, geom: Rect(Point { x: 1, y: 1 }, Point { x: 4, y: -1 }), status: Archived(Some("old")), label: "box" }
  let f3 = Figure { id: 3, geom: Poly([Point { x: 5, y: 5 }, Point { x: 6, y: 7 }, Point { x: 8, y: 5 }]), status: Archived(None), label: "tri" }
  let f4 = Figure { id: 4, geom: Nothing, status: Draft, label: "void" }
  let figs = [f1, f2, f3, f4]
  for f in figs do
    println("${f.id} ${f.label} area=${area(f.geom)} " <> status_text(f))
  end
  let p1 = publish(publish(publish(f1, "ann"), "bob"), "cy")
  println(status_text(publish(f1, "ann")))
  println(status_text(p1))
  println("${p1}")
  println("${f3.geom}")
  println("${List.map(figs, origin_of)}")
  println("${p1 == publish(publish(publish(f1, "ann"), "bob"), "cy")} ${f1 == p1}")
  println("${f2.status == Archived(Some("old"))} ${f3.status == Archived(Some("old"))}")
  let moved = %{f2 | geom: case f2.geom do
    Rect(a, b) -> Rect(b, a)
    g -> g
  end}
  println("${moved.geom}")
  println("${area(moved.geom)}")
  let empty_poly = %{f3 | geom: Poly([])}
  println("${origin_of(empty_poly)} ${empty_poly.geom}")
end
