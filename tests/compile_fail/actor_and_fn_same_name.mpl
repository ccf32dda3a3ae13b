# error: an actor and a function are both named `worker`
actor worker(n :: Int) do
  receive do
    m -> worker(n + m)
  end
end
fn worker(n :: Int) -> Int = n
fn main() do
  println("${worker(1)}")
end
