# E0043: a monitor notification cannot be an `Int` message.
actor worker() do
  Timer.sleep(10)
end

actor counter(total :: Int) do
  let w = spawn(worker)
  let _ = Process.monitor(w)
  receive do
    n -> counter(total + n)
  end
end

fn main() do
  let c = spawn(counter, 0)
  send(c, 1)
end
