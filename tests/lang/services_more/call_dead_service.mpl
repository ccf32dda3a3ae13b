# Calling a service that has died: the caller panics (message on stderr), the output before it stays and main's panic exits with status 1
service Counter do
  fn init() -> Int do 0 end
  call Inc() :: Int do |n|
    (n + 1, n + 1)
  end
  cast Crash() do |n|
    let empty :: List<Int> = []
    n + List.head(empty)
  end
end

fn main() do
  let c = Counter.start()
  println("inc ${Counter.inc(c)}")
  println("inc ${Counter.inc(c)}")
  Counter.crash(c)
  Timer.sleep(100)
  println("service crashed, calling it again")
  let n = Counter.inc(c)
  println("unreachable ${n}")
end
