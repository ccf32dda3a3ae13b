# spawn_wait: 1,000,000 actors each wait for one message, then report to a
# collector and exit. All are spawned before any is sent a message, so the
# peak RSS of the run (measured by bench/actors_bench.py) holds 1,000,000
# idle waiting actors. Peer: bench/peers/erlang/spawn_wait.escript.

actor waiter(collector :: Pid<Int>) do
  receive do
    n -> send(collector, n)
  end
end

actor collector(left :: Int, sum :: Int) do
  if left == 0 do
    println("all waiters exited; sum of their messages ${sum}")
    println("CHECK ${sum}")
  else
    receive do
      n -> collector(left - 1, sum + n)
    end
  end
end

fn main() do
  let n = 1000000
  let c = spawn(collector, n, 0)
  let waiters = for i in 0..n do
    spawn(waiter, c)
  end
  for w in waiters do
    send(w, 1)
  end
  println("spawned ${n} waiters and sent each one message")
end
