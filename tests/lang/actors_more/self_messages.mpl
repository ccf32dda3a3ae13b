# self(): an actor queues messages to itself and drains them oldest first; self() handed to another actor as the reply address
actor echo() do
  receive do
    (n, reply_to) ->
      send(reply_to, n * 10)
      echo()
  after 100 -> println("echo idle")
  end
end

actor looper(stage :: Int, total :: Int) do
  if stage == 0 do
    send(self(), 1)
    send(self(), 2)
    send(self(), 3)
    looper(1, 0)
  else if stage < 4 do
    let n = receive do
      m -> m
    end
    println("stage ${stage} got ${n}")
    looper(stage + 1, total + n)
  else
    let e = spawn(echo)
    send(e, (total, self()))
    let back = receive do
      m -> m
    end
    println("echo of ${total} is ${back}")
    let again = receive do
      m -> m
    after 0 -> -1
    end
    println("mailbox empty: ${again == -1}")
  end
end

fn main() do
  let _ = spawn(looper, 0, 0)
end
