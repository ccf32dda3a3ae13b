# Recursive sum type: a binary search tree with insert, membership, in-order traversal and depth
type Tree do
  Leaf
  Node(Tree, Int, Tree)
end

fn insert(t :: Tree, v :: Int) -> Tree do
  case t do
    Leaf -> Node(Leaf, v, Leaf)
    Node(l, x, r) when v < x -> Node(insert(l, v), x, r)
    Node(l, x, r) when v > x -> Node(l, x, insert(r, v))
    Node(_, _, _) -> t
  end
end

fn to_list(t :: Tree) -> List<Int> do
  case t do
    Leaf -> []
    Node(l, x, r) -> to_list(l) ++ [x] ++ to_list(r)
  end
end

fn depth(t :: Tree) -> Int do
  case t do
    Leaf -> 0
    Node(l, _, r) -> 1 + Math.max(depth(l), depth(r))
  end
end

fn member(t :: Tree, v :: Int) -> Bool do
  case t do
    Leaf -> false
    Node(l, x, r) ->
      if v == x do
        true
      else if v < x do
        member(l, v)
      else
        member(r, v)
      end
  end
end

fn main() do
  let values = [50, 30, 70, 20, 40, 60, 80, 30, 65]
  let tree = List.reduce(values, Leaf, insert)
  println("${to_list(tree)}")
  println("depth ${depth(tree)}")
  println("${member(tree, 65)} ${member(tree, 66)}")
  println("size ${List.length(to_list(tree))}")
end
