# Map and Set keys of struct, tuple and sum types compare and hash structurally
struct Point do
  x :: Int
  y :: Int
end

type Color do
  Red
  Custom(Int)
end deriving(Eq, Hash, Debug)

fn main() do
  let m = Map.put(Map.put(Map.new(), Point { x: 1, y: 2 }, "a"), Point { x: 3, y: 4 }, "b")
  let p = Point { x: 1, y: 1 + 1 }
  println(Map.get(m, p))
  let m2 = Map.put(m, Point { x: 1, y: 2 }, "c")
  println("${Map.size(m2)}")
  println(Map.get(m2, p) <> Map.get(m, p))
  let t = %{(1, "a") => 10, (2, "b") => 20}
  let key = (2, "b")
  let other = (1, "b")
  println("${Map.get(t, key)} ${Map.has_key(t, other)}")
  let colors = Set.from_list([Red, Custom(3), Red, Custom(3), Custom(4)])
  println("${Set.size(colors)} ${Set.contains(colors, Custom(4))} ${Set.contains(colors, Custom(5))}")
  let pts = Set.from_list([Point { x: 0, y: 0 }, Point { x: 0, y: 0 }, Point { x: 0, y: 1 }])
  println("${Set.size(pts)}")
end
