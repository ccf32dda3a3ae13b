# Derived Debug via inspect(): nested structs with field names, Float/Bool/negative fields, Option and List fields, variants carrying structs, lists and maps of structs
struct Point do
  x :: Int
  y :: Int
end

struct Sample do
  id :: Int
  ratio :: Float
  ok :: Bool
  at :: Point
  tags :: List<Int>
  prev :: Option<Point>
end

type Event do
  Moved(Point, Point)
  Tagged(String)
  Stopped
end

fn main() do
  let p = Point { x: 3, y: -4 }
  let s = Sample { id: -7, ratio: 0.25, ok: true, at: p, tags: [1, 2], prev: None }
  println(p.inspect())
  println(s.inspect())
  println(%{s | prev: Some(Point { x: 0, y: 0 }), ratio: 2.0, tags: []}.inspect())
  println(Moved(p, Point { x: 0, y: 0 }).inspect())
  println(Tagged("a b").inspect())
  println(Stopped.inspect())
  println([p, Point { x: 5, y: 6 }].inspect())
  println([Stopped, Tagged("x")].inspect())
  println(Map.put(Map.new(), "p", p).inspect())
  println(Some(Moved(p, p)).inspect())
  println((p, "s", 1.5).inspect())
  println("${p.inspect() == "Point { x: 3, y: -4 }"}")
end
