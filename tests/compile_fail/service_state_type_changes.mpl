# error: `cast Reset` returns a String as the new state, but the state is Int (init returns Int)
service Counter do
  fn init() -> Int do 0 end
  call Get() :: Int do |n|
    (n, n)
  end
  cast Reset() do |_n|
    "zero"
  end
end

fn main() do
  let pid = Counter.start()
  Counter.reset(pid)
  println("${Counter.get(pid)}")
end
