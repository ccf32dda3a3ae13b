# Two actors exchanging messages: self() pids inside tuple messages, replies, output ordered by causality
actor ponger() do
  receive do
    (from, n) ->
      println("pong ${n}")
      send(from, n + 1)
      ponger()
  after 500 -> println("ponger idle")
  end
end

actor pinger(partner, remaining :: Int) do
  if remaining == 0 do
    println("pinger done")
  else
    send(partner, (self(), remaining))
    let got :: Int = receive do
      reply -> reply
    end
    println("ping got ${got}")
    pinger(partner, remaining - 1)
  end
end

fn main() do
  let pong = spawn(ponger)
  let _ = spawn(pinger, pong, 3)
end
