# Generic structs Pair<A, B> and Box<T> instantiated with structs, options and each other: built, swapped, mapped with closures, nested, compared, Display and Debug
struct Point do
  x :: Int
  y :: Int
end deriving(Eq, Display, Debug)

struct Pair<A, B> do
  left :: A
  right :: B
end deriving(Eq, Display, Debug)

struct Box<T> do
  value :: T
  label :: String
end deriving(Eq, Display)

fn swap<A, B>(p :: Pair<A, B>) -> Pair<B, A> = Pair { left: p.right, right: p.left }

fn map_left<A, B, C>(p :: Pair<A, B>, f :: Fun(A) -> C) -> Pair<C, B> = Pair { left: f(p.left), right: p.right }

fn boxed<T>(v :: T, label :: String) -> Box<T> = Box { value: v, label: label }

fn unbox<T>(b :: Box<T>) -> T = b.value

fn main() do
  let a = Point { x: 1, y: 2 }
  let b = Point { x: -3, y: 4 }
  let pp = Pair { left: a, right: b }
  println("${pp}")
  println("${swap(pp)}")
  let mixed = Pair { left: a, right: "name" }
  println("${swap(mixed)}")
  let nested = Pair { left: pp, right: Pair { left: 7, right: [a, b] } }
  println("${nested}")
  println("${nested.left.right.x + nested.right.left}")
  let shifted = map_left(pp, fn p -> %{p | x: p.x + 10} end)
  println("${shifted}")
  let lens = map_left(mixed, fn p -> p.x * 100 end)
  println("${lens}")
  println(pp.inspect())
  println("${pp == Pair { left: a, right: b }} ${pp == swap(pp)} ${swap(swap(pp)) == pp}")
  let bx = boxed(pp, "pair")
  println("${bx}")
  println("${unbox(bx).right}")
  let boxes = [boxed(a, "a"), boxed(b, "b")]
  let xs = List.map(boxes, fn bb -> unbox(bb).x end)
  println("${xs}")
  let bo = boxed(Some(pp), "opt")
  case bo.value do
    Some(p) -> println("some ${p.left.y}")
    None -> println("none")
  end
  let deep = boxed(boxed(Pair { left: 1.5, right: true }, "inner"), "outer")
  println("${deep}")
  println("${deep.value.value.left}")
end
