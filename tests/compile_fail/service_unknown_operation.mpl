# error: service `Tally` has no call/cast `decrement` (generated API is start, total)
service Tally do
  fn init(start :: Int) -> Int do start end
  call Total() :: Int do |n|
    (n, n)
  end
end

fn main() do
  let pid = Tally.start(0)
  Tally.decrement(pid)
  println("${Tally.total(pid)}")
end
