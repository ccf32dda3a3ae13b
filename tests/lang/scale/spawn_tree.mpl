# A tree of actors 14 levels deep (16,383 actors): each spawns two children, waits for both subtotals and reports its own subtree size upwards
actor tree(depth :: Int, parent) do
  if depth == 0 do
    send(parent, 1)
  else
    let _ = spawn(tree, depth - 1, self())
    let _ = spawn(tree, depth - 1, self())
    let a :: Int = receive do
      n -> n
    end
    let b :: Int = receive do
      n -> n
    end
    send(parent, a + b + 1)
  end
end

actor root() do
  let _ = spawn(tree, 13, self())
  let total :: Int = receive do
    n -> n
  end
  println("actors in tree ${total}")
end

fn main() do
  let _ = spawn(root)
end
