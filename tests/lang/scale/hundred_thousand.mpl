# 100,000 actors: each is spawned, receives one message and replies to a collector actor, which prints the sum of the replies
# output-order: concurrent
actor worker(collector) do
  receive do
    n -> send(collector, n * 2)
  end
end

actor collector(left :: Int, sum :: Int) do
  if left == 0 do
    println("sum ${sum}")
  else
    receive do
      n -> collector(left - 1, sum + n)
    end
  end
end

fn launch(c, i :: Int, n :: Int) -> () do
  if i > n do
    ()
  else
    let w = spawn(worker, c)
    send(w, i)
    launch(c, i + 1, n)
  end
end

fn main() do
  let c = spawn(collector, 100000, 0)
  launch(c, 1, 100000)
  println("all spawned")
end
