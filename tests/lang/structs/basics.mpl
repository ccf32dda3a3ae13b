# Structs: literals (one-line and multi-line), field access chains, nested structs, struct update, generic structs
struct Point do
  x :: Int
  y :: Int
end

struct Line do
  from :: Point
  to :: Point
  label :: String
end

struct Pair<A, B> do
  left :: A
  right :: B
end

fn length_sq(l :: Line) -> Int do
  let dx = l.to.x - l.from.x
  let dy = l.to.y - l.from.y
  dx * dx + dy * dy
end

fn swap_pair<A, B>(p :: Pair<A, B>) -> Pair<B, A> do
  Pair { left: p.right, right: p.left }
end

fn main() do
  let p = Point { x: 1, y: 2 }
  let q = Point {
    x: 4,
    y: 6
  }
  let line = Line { from: p, to: q, label: "diag" }
  println("${line.from.x},${line.from.y} -> ${line.to.x},${line.to.y}")
  println("${length_sq(line)}")
  let moved = %{p | x: 10}
  println("${moved.x} ${moved.y} ${p.x}")
  let relabeled = %{line | label: "renamed", to: moved}
  println(relabeled.label <> " ${relabeled.to.x} " <> line.label)
  let pr = Pair { left: "age", right: 42 }
  println("${pr.left}=${pr.right}")
  let pr2 = Pair { left: 1.5, right: [1, 2] }
  println("${pr2.left} ${pr2.right}")
  let sw = swap_pair(pr)
  println("${sw.left + 1} " <> sw.right)
  let same = p == Point { x: 1, y: 2 }
  let less = p < moved
  println("${same} ${less}")
  let pts = [p, q, moved]
  let xs = List.map(pts, fn(pt :: Point) -> pt.x end)
  println("${xs}")
end
