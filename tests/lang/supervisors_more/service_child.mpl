# A service as a supervised child: the start closure starts and registers it; after it crashes the supervisor restarts it with fresh state under the same name
service Counter do
  fn init(start :: Int) -> Int do start end
  call Inc() :: Int do |n|
    (n + 1, n + 1)
  end
  cast Crash() do |n|
    let xs :: List<Int> = []
    n + List.head(xs)
  end
end

fn start_counter() -> Pid do
  let p = Counter.start(100)
  let _ = Process.register("counter", p)
  p
end

supervisor Keeper do
  strategy: one_for_one
  max_restarts: 2
  max_seconds: 10
  child counter do
    start: fn -> start_counter() end
    restart: permanent
    shutdown: 100
  end
end

fn main() do
  let _ = spawn(Keeper)
  Timer.sleep(100)
  let first = Process.whereis("counter")
  println("inc ${Counter.inc(first)}")
  println("inc ${Counter.inc(first)}")
  Counter.crash(first)
  Timer.sleep(100)
  let second = Process.whereis("counter")
  println("new pid: ${first != second}")
  println("inc after restart ${Counter.inc(second)}")
end
