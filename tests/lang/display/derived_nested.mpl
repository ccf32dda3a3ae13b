# Derived Display on nested structs and sum types prints values only, recursively, also inside lists, options, tuples and maps, and through to_string
struct Point do
  x :: Int
  y :: Int
end deriving(Display)

struct Segment do
  a :: Point
  b :: Point
  name :: String
end deriving(Display)

type Shape do
  Dot(Point)
  Poly(List<Point>)
  Labeled(String, Shape)
  Empty
end deriving(Display)

fn main() do
  let p = Point { x: 1, y: -2 }
  let q = Point { x: -30, y: 40 }
  let s = Segment { a: p, b: q, name: "edge one" }
  println("${p}")
  println("${s}")
  println("${Dot(p)}")
  println("${Poly([p, q])}")
  println("${Empty}")
  println("${Labeled("tag", Labeled("inner", Dot(q)))}")
  println("${[Dot(q), Empty]}")
  println("${Some(s)}")
  println("${(p, Empty, 3)}")
  let m = Map.put(Map.put(Map.new(), "start", p), "end", q)
  println("${m}")
  println(s.to_string() <> "!")
  println("${String.length(p.to_string())}")
  println("${Poly([])}")
end
