# error: missing `end` for `service Counter`
service Counter do
  fn init(start :: Int) -> Int do start end
  call Get() :: Int do |n|
    (n, n)
  end
  cast Reset() do |_n|
    0
  end

fn main() do
  let pid = Counter.start(5)
  println("${Counter.get(pid)}")
end
