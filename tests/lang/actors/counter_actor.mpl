# Actors: spawn returning Pid<Int>, send, receive with an after timeout, self tail-call loop, terminate clause
actor counter(total :: Int) do
  let next = receive do
    n -> total + n
  after 200 -> -1
  end
  if next < 0 do
    println("timeout, total was ${total}")
  else
    println("running total ${next}")
    counter(next)
  end
  terminate do
    println("counter terminated")
  end
end

fn main() do
  let c :: Pid<Int> = spawn(counter, 0)
  send(c, 1)
  send(c, 2)
  send(c, 3)
end
