# error: Timer.send_after sends a String to an actor whose messages are Int
actor counter(total :: Int) do
  receive do
    n -> counter(total + n)
  end
end
fn main() do
  let p = spawn(counter, 0)
  Timer.send_after(p, 10, "x")
end
