# error: `spawn(counter)` omits the actor's `total :: Int` argument
actor counter(total :: Int) do
  receive do
    n -> counter(total + n)
  end
end
fn main() do
  let p = spawn(counter)
  send(p, 1)
end
