# Display and Debug of generic structs and sum types instantiated with Ints, Strings, Floats, Options, structs and other generics; generic functions bounded by Display
struct Pair<A, B> do
  left :: A
  right :: B
end deriving(Display, Debug)

type Tree<T> do
  Leaf
  Fork(Tree<T>, T, Tree<T>)
end deriving(Display, Debug)

type Either<L, R> do
  Left(L)
  Right(R)
end deriving(Display, Debug)

struct Tagged<T> do
  tag :: String
  value :: T
end deriving(Display, Debug)

fn show<T: Display>(x :: T) -> String = "<${x}>"

fn show_all<T: Display>(xs :: List<T>) -> String = String.join(List.map(xs, fn x -> show(x) end), "")

fn main() do
  let p = Pair { left: 1, right: "one" }
  println("${p}")
  println(p.inspect())
  let pp = Pair { left: Pair { left: 1.5, right: [true] }, right: Tagged { tag: "t", value: -2 } }
  println("${pp}")
  println(pp.inspect())
  let t = Fork(Fork(Leaf, "a", Leaf), "b", Leaf)
  println("${t}")
  println(t.inspect())
  let es :: List<Either<Int, String>> = [Left(1), Right("r")]
  println("${es}")
  println(es.inspect())
  println(show(p) <> show(3) <> show("s") <> show(2.5))
  println(show_all([Leaf, Fork(Leaf, 1, Leaf)]))
  println(show_all([Tagged { tag: "x", value: Some(1) }]))
  let tt :: Tree<Pair<Int, Int>> = Fork(Leaf, Pair { left: 0, right: 0 }, Leaf)
  println("${tt}")
end
