# Generic recursive sum type Tree<T>: insert with an Ord bound, folds, map to another element type, used with Int and String
type Tree<T> do
  Leaf
  Node(Tree<T>, T, Tree<T>)
end

fn insert<T: Ord>(t :: Tree<T>, v :: T) -> Tree<T> do
  case t do
    Leaf -> Node(Leaf, v, Leaf)
    Node(l, x, r) when v < x -> Node(insert(l, v), x, r)
    Node(l, x, r) when v > x -> Node(l, x, insert(r, v))
    Node(_, _, _) -> t
  end
end

fn from_list<T: Ord>(xs :: List<T>) -> Tree<T> do
  List.reduce(xs, Leaf, fn acc, x -> insert(acc, x) end)
end

fn fold<T, R>(t :: Tree<T>, init :: R, f :: Fun(R, T) -> R) -> R do
  case t do
    Leaf -> init
    Node(l, x, r) -> fold(r, f(fold(l, init, f), x), f)
  end
end

fn to_list<T>(t :: Tree<T>) -> List<T> do
  fold(t, [], fn acc, x -> List.append(acc, x) end)
end

fn tree_map<T, U>(t :: Tree<T>, f :: Fun(T) -> U) -> Tree<U> do
  case t do
    Leaf -> Leaf
    Node(l, x, r) -> Node(tree_map(l, f), f(x), tree_map(r, f))
  end
end

fn size<T>(t :: Tree<T>) -> Int = fold(t, 0, fn n, _ -> n + 1 end)

fn height<T>(t :: Tree<T>) -> Int do
  case t do
    Leaf -> 0
    Node(l, _, r) -> 1 + Math.max(height(l), height(r))
  end
end

fn contains<T: Ord>(t :: Tree<T>, v :: T) -> Bool do
  case t do
    Leaf -> false
    Node(l, x, r) -> if v == x do true else if v < x do contains(l, v) else contains(r, v) end
  end
end

fn min_value<T>(t :: Tree<T>) -> Option<T> do
  case t do
    Leaf -> None
    Node(Leaf, x, _) -> Some(x)
    Node(l, _, _) -> min_value(l)
  end
end

fn main() do
  let nums = from_list([50, 30, 70, 20, 40, 60, 80, 30])
  println("${to_list(nums)}")
  println("size ${size(nums)} height ${height(nums)}")
  println("sum ${fold(nums, 0, fn a, b -> a + b end)}")
  println("${contains(nums, 60)} ${contains(nums, 65)}")
  let words = from_list(["pear", "apple", "fig", "kiwi", "apple"])
  println("${to_list(words)}")
  println("size ${size(words)} height ${height(words)}")
  let lens = tree_map(words, fn w -> String.length(w) end)
  println("${to_list(lens)}")
  let joined = fold(words, "", fn acc, w -> acc <> String.slice(w, 0, 1) end)
  println(joined)
  case min_value(words) do
    Some(w) -> println("min " <> w)
    None -> println("empty")
  end
  let empty :: Tree<Int> = Leaf
  case min_value(empty) do
    Some(v) -> println("min ${v}")
    None -> println("empty tree")
  end
  let halves = tree_map(nums, fn n -> Int.to_float(n) / 4.0 end)
  println("${to_list(halves)}")
end
