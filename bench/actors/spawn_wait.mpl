# spawn_wait: 1,000,000 actors each wait for one message, then report to a
# collector and exit. All are spawned before any is sent a message, so the
# peak RSS of the run (measured by bench/actors_bench.py) holds 1,000,000
# idle waiting actors. Peer: bench/peers/erlang/spawn_wait.escript.
# Prints the time from the first spawn until the last waiter has reported.

actor waiter(collector :: Pid<Int>) do
  receive do
    n -> send(collector, n)
  end
end

actor collector(left :: Int, sum :: Int, t0 :: Int) do
  if left == 0 do
    let ms = Timer.now() - t0
    println("all waiters exited after ${ms} ms; sum of their messages ${sum}")
    println("CHECK ${sum}")
    println("RESULT spawn_wait=${ms} unit=ms")
  else
    receive do
      n -> collector(left - 1, sum + n, t0)
    end
  end
end

fn main() do
  let n = 1000000
  let t0 = Timer.now()
  let c = spawn(collector, n, 0, t0)
  let waiters = for i in 0..n do
    spawn(waiter, c)
  end
  println("spawned ${n} waiters in ${Timer.now() - t0} ms")
  for w in waiters do
    send(w, 1)
  end
end
