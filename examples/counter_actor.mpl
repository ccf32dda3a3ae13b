# An actor that keeps a running total, and a service doing the same with replies.
actor counter(total :: Int, reply_to) do
  receive do
    0 -> send(reply_to, total)
    n -> counter(total + n, reply_to)
  end
end

service Tally do
  fn init(start :: Int) -> Int do start end
  call Total() :: Int do |n|
    (n, n)
  end
  call Bump(by :: Int) do |n|
    (n + by, n + by)
  end
  cast Clear() do |_n|
    0
  end
end

fn main() do
  let me = self()
  let c = spawn(counter, 0, me)
  send(c, 5)
  send(c, 7)
  send(c, 0)
  let total = receive do
    t -> t
  after 1000 -> -1
  end
  println("actor total: ${total}")

  let pid = Tally.start(5)
  println("bumped: ${Tally.bump(pid, 2)}")
  Tally.clear(pid)
  println("after clear: ${Tally.total(pid)}")
end
