# A generic recursive sum type Tree<T> instantiated with a struct and with Int: insertion by a key closure, traversal, lookups returning Option<struct>, generic fold, depth, Display
struct Entry do
  key :: Int
  word :: String
  weight :: Float
end deriving(Eq, Display)

type Tree<T> do
  Leaf
  Branch(Tree<T>, T, Tree<T>)
end deriving(Display)

fn insert<T>(t :: Tree<T>, v :: T, key :: Fun(T) -> Int) -> Tree<T> do
  case t do
    Leaf -> Branch(Leaf, v, Leaf)
    Branch(l, x, r) -> if key(v) < key(x) do Branch(insert(l, v, key), x, r) else if key(v) > key(x) do Branch(l, x, insert(r, v, key)) else Branch(l, v, r) end
  end
end

fn to_list<T>(t :: Tree<T>) -> List<T> do
  case t do
    Leaf -> []
    Branch(l, x, r) -> to_list(l) ++ [x] ++ to_list(r)
  end
end

fn find<T>(t :: Tree<T>, k :: Int, key :: Fun(T) -> Int) -> Option<T> do
  case t do
    Leaf -> None
    Branch(l, x, r) -> if k == key(x) do Some(x) else if k < key(x) do find(l, k, key) else find(r, k, key) end
  end
end

fn depth<T>(t :: Tree<T>) -> Int do
  case t do
    Leaf -> 0
    Branch(l, _, r) -> 1 + Math.max(depth(l), depth(r))
  end
end

fn fold<T, A>(t :: Tree<T>, acc :: A, f :: Fun(A, T) -> A) -> A do
  case t do
    Leaf -> acc
    Branch(l, x, r) -> fold(r, f(fold(l, acc, f), x), f)
  end
end

fn main() do
  let by_key = fn(e :: Entry) -> e.key end
  let words = ["m", "c", "x", "a", "e", "z", "m2"]
  let keys = [50, 30, 70, 10, 40, 90, 50]
  let entries = List.map(List.zip(keys, words), fn(p) do
    let (k, w) = p
    Entry { key: k, word: w, weight: Int.to_float(k) / 20.0 }
  end)
  let tree = List.reduce(entries, Leaf, fn t, e -> insert(t, e, by_key) end)
  println("${List.map(to_list(tree), fn e -> e.word end)}")
  println("${depth(tree)}")
  println("${find(tree, 40, by_key)}")
  println("${find(tree, 45, by_key)}")
  println("${fold(tree, 0.0, fn acc, e -> acc + e.weight end)}")
  let small = insert(insert(Leaf, Entry { key: 2, word: "b", weight: 0.5 }, by_key), Entry { key: 1, word: "a", weight: 0.25 }, by_key)
  println("${small}")
  let ints = List.reduce([5, 3, 8, 1], Leaf, fn t, n -> insert(t, n, fn x -> x end) end)
  println("${to_list(ints)} ${depth(ints)}")
  let concat = fold(tree, "", fn acc, e -> acc <> e.word end)
  println(concat)
end
