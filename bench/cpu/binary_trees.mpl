# binary-trees (Benchmarks Game), max depth 18: allocation and collection
# of many short-lived trees.
type Tree do
  Leaf
  Node(Tree, Tree)
end

fn make(d :: Int) -> Tree do
  if d == 0 do
    Node(Leaf, Leaf)
  else
    Node(make(d - 1), make(d - 1))
  end
end

fn check(t :: Tree) -> Int do
  case t do
    Leaf -> 0
    Node(l, r) -> 1 + check(l) + check(r)
  end
end

fn pow2(n :: Int) -> Int = if n == 0 do 1 else 2 * pow2(n - 1) end

fn sum_checks(i :: Int, n :: Int, d :: Int, acc :: Int) -> Int do
  if i > n do
    acc
  else
    sum_checks(i + 1, n, d, acc + check(make(d)))
  end
end

fn depths(d :: Int, max :: Int) do
  if d <= max do
    let n = pow2(max - d + 4)
    println("${n}\t trees of depth ${d}\t check: ${sum_checks(1, n, d, 0)}")
    depths(d + 2, max)
  end
end

fn main() do
  let max = 18
  println("stretch tree of depth ${max + 1}\t check: ${check(make(max + 1))}")
  let long_lived = make(max)
  depths(4, max)
  println("long lived tree of depth ${max}\t check: ${check(long_lived)}")
end
