# Recursive types: a derived Json tree (sum type) and a struct with a list of itself encode and decode, including a chain 40 deep (80 JSON levels; serde_json stops at 128)
type Tree do
  Leaf
  Node(Tree, Int, Tree)
end deriving(Eq, Json)

struct Dir do
  name :: String
  children :: List<Dir>
end deriving(Json)

fn insert(t :: Tree, v :: Int) -> Tree do
  case t do
    Leaf -> Node(Leaf, v, Leaf)
    Node(l, x, r) -> if v < x do Node(insert(l, v), x, r) else Node(l, x, insert(r, v)) end
  end
end

fn sum(t :: Tree) -> Int do
  case t do
    Leaf -> 0
    Node(l, x, r) -> sum(l) + x + sum(r)
  end
end

fn chain(n :: Int, acc :: Tree) -> Tree do
  if n == 0 do acc else chain(n - 1, Node(Leaf, n, acc)) end
end

fn count(d :: Dir) -> Int do
  List.reduce(d.children, 1, fn acc, c -> acc + count(c) end)
end

fn main() do
  let t = List.reduce([5, 2, 8], Leaf, fn acc, v -> insert(acc, v) end)
  let text = Json.encode(t)
  println(text)
  case Tree.from_json(text) do
    Ok(back) -> println("tree equal ${back == t} sum ${sum(back)}")
    Err(e) -> println("error: " <> e)
  end
  let deep = chain(40, Leaf)
  case Tree.from_json(Json.encode(deep)) do
    Ok(back) -> println("deep equal ${back == deep} sum ${sum(back)}")
    Err(e) -> println("error: " <> e)
  end
  let root = Dir { name: "/", children: [Dir { name: "bin", children: [] }, Dir { name: "usr", children: [Dir { name: "lib", children: [] }] }] }
  let dtext = Json.encode(root)
  println(dtext)
  case Dir.from_json(dtext) do
    Ok(d) -> println("dirs ${count(d)}")
    Err(e) -> println("error: " <> e)
  end
end
