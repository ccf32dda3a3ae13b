# error: `spawn(worker, 0, 1)` passes two arguments to a one-parameter actor
actor worker(n :: Int) do
  receive do
    m -> worker(n + m)
  end
end
fn main() do
  let _ = spawn(worker, 0, 1)
end
