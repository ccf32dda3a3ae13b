# A service that keeps a total with replies, and actors passing messages.
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

actor counter(total :: Int, report) do
  receive do
    0 -> send(report, total)
    n -> counter(total + n, report)
  end
end

actor printer() do
  receive do
    t -> println("actor total: ${t}")
  end
end

fn main() do
  let pid = Tally.start(5)
  println("bumped: ${Tally.bump(pid, 2)}")
  Tally.clear(pid)
  println("after clear: ${Tally.total(pid)}")

  let p = spawn(printer)
  let c = spawn(counter, 0, p)
  send(c, 5)
  send(c, 7)
  send(c, 0)
end
