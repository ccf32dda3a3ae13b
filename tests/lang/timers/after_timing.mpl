# receive ... after: the after branch fires no earlier than its timeout, and a message arriving first (via Timer.send_after) ends the wait early
actor waiter() do
  let t0 = Timer.now()
  let r = receive do
    m -> m
  after 100 -> "timeout"
  end
  let waited = Timer.now() - t0
  println("first receive: " <> r <> ", waited at least 100: ${waited >= 100}")
  Timer.send_after(self(), 30, "early message")
  let t1 = Timer.now()
  let r2 = receive do
    m -> m
  after 2000 -> "timeout"
  end
  let waited2 = Timer.now() - t1
  println("second receive: " <> r2 <> ", returned well before 2000: ${waited2 < 1500}, not before 30: ${waited2 >= 30}")
end

fn main() do
  let _ = spawn(waiter)
end
