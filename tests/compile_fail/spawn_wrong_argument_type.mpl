# error: actor `counter(total :: Int)` is spawned with a String argument
actor counter(total :: Int) do
  receive do
    n -> counter(total + n)
  end
end

fn main() do
  let _ = spawn(counter, "zero")
end
