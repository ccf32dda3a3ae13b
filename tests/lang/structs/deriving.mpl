# deriving: Eq, Ord, Display, Debug (inspect), Hash (map keys), implicit derives without a clause, deriving()
struct Point do
  x :: Int
  y :: Int
end deriving(Eq, Ord, Display, Debug, Hash)

type Color do
  Red
  Green
  Custom(Int, Int, Int)
end deriving(Eq, Ord, Display, Debug)

struct Box do
  value :: Int
end deriving(Display)

struct Plain do
  n :: Int
end

struct Opaque do
  n :: Int
end deriving()

type Shape do
  Circle(Float)
  Square(Float)
end deriving(Display)

fn order(a :: Point, b :: Point) -> Int do
  case compare(a, b) do
    Less -> -1
    Equal -> 0
    Greater -> 1
  end
end

fn main() do
  let a = Point { x: 1, y: 2 }
  let b = Point { x: 1, y: 3 }
  println("${a}")
  println(a.to_string())
  println(a.inspect())
  println("${a == b} ${a != b} ${a < b} ${b >= a}")
  let m = Map.put(Map.new(), a, "first")
  let m = Map.put(m, b, "second")
  let m = Map.put(m, Point { x: 1, y: 2 }, "again")
  println("${Map.size(m)}")
  println(Map.get(m, a))
  println("${Red} ${Custom(1, 2, 3)}")
  println(Green.inspect())
  let r1 = Red < Green
  let r2 = Green < Custom(0, 0, 0)
  let r3 = Custom(1, 2, 3) < Custom(1, 3, 0)
  println("${r1} ${r2} ${r3}")
  println("${Box { value: 42 }}")
  println("${Circle(3.5)} ${Square(2.0)}")
  let p1 = Plain { n: 1 }
  let eq = p1 == Plain { n: 1 }
  let lt = Plain { n: 1 } < Plain { n: 2 }
  println("${eq} ${lt}")
  println(p1.inspect())
  let o = Opaque { n: 5 }
  println("${o.n}")
  let pts = List.sort([Point { x: 2, y: 0 }, b, a], order)
  println("${pts}")
  println(a.to_string().length().to_string())
end
