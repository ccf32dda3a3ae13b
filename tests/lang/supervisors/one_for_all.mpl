# output-order: concurrent
# one_for_all: when one child crashes every child is restarted; exceeding max_restarts stops the supervisor
actor crasher() do
  println("crasher up")
  Timer.sleep(50)
  let xs :: List<Int> = []
  println("unreachable ${List.head(xs)}")
end

actor sleeper() do
  println("sleeper up")
  receive do
    msg -> println("sleeper got " <> msg)
  end
end

supervisor Both do
  strategy: one_for_all
  max_restarts: 1
  max_seconds: 10
  child c1 do
    start: fn -> spawn(crasher) end
    restart: permanent
    shutdown: brutal_kill
  end
  child c2 do
    start: fn -> spawn(sleeper) end
    restart: permanent
    shutdown: 100
  end
end

fn main() do
  let _ = spawn(Both)
end
