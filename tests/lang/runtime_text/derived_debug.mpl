# Derived Debug (inspect): structs with field names, strings quoted and escaped, variants by name, nested collections
struct Point do
  x :: Int
  y :: Int
end deriving(Debug)

struct User do
  name :: String
  tags :: List<String>
  home :: Option<Point>
end deriving(Debug)

type Shape do
  Circle(Float)
  Label(String)
  Dot
end deriving(Debug)

fn main() do
  let p = Point { x: 1, y: 2 }
  println(p.inspect())
  let u = User { name: "ann \"the\" admin", tags: ["a", "b"], home: Some(p) }
  println(u.inspect())
  let v = User { name: "bob", tags: [], home: None }
  println(v.inspect())
  println(Circle(2.5).inspect())
  println(Label("hi\n").inspect())
  println(Dot.inspect())
end
