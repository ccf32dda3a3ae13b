# 100,000 actors spawned and all parked in `receive` at once, then each
# messaged; each replies to main, which collects the replies.
# Run by crates/meshc/tests/processes.rs with MESH_RT_STATS=1.
actor worker(home :: Pid<Int>) do
  receive do
    n -> send(home, n * 2)
  end
end

actor collector(left :: Int, sum :: Int, done :: Pid<Int>) do
  if left == 0 do
    send(done, sum)
  else
    receive do
      n -> collector(left - 1, sum + n, done)
    end
  end
end

actor waiter() do
  receive do
    total -> println("sum ${total}")
  end
end

fn send_all(pids :: List<Pid<Int>>, i :: Int) -> Int do
  if i == List.length(pids) do
    i
  else
    send(List.get(pids, i), i + 1)
    send_all(pids, i + 1)
  end
end

fn main() do
  let n = 100000
  let w = spawn(waiter)
  let c = spawn(collector, n, 0, w)
  let pids = for i in 1..n + 1 do
    spawn(worker, c)
  end
  # Let every worker reach its `receive` before the messages go out.
  Timer.sleep(200)
  println("spawned ${List.length(pids)}")
  println("sent ${send_all(pids, 0)}")
end
