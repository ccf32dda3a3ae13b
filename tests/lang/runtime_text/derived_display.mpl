# Derived Display of structs (values only) and variants (name, payload), nested in lists, options and other types
struct Point do
  x :: Int
  y :: Int
end deriving(Display)

struct Named do
  name :: String
  at :: Point
  tags :: List<String>
end deriving(Display)

type Shape do
  Circle(Float)
  Rect(Float, Float)
  Dot
end deriving(Display)

type Color do
  Red
  Green
end deriving(Display)

fn main() do
  let p = Point { x: 1, y: 2 }
  println("${p}")
  println(p.to_string())
  println(String.from(Point { x: -3, y: 0 }))
  println("${Named { name: "ann", at: p, tags: ["a", "b"] }}")
  println("${Circle(3.5)} ${Rect(2.0, 1.5)} ${Dot}")
  println("${Red} ${Green}")
  println("${[Circle(1.0), Dot]}")
  println("${[p, Point { x: 5, y: 6 }]}")
  println("${Some(p)}")
  println("${(Red, p)}")
end
