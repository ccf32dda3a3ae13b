# error: receive arms match a 2-tuple and a 3-tuple; messages cannot be both (checker currently panics)
actor a() do
  receive do
    (x, y) -> a()
    (x, y, z) -> a()
  end
end
fn main() do
  let p = spawn(a)
  send(p, (1, 2))
end
