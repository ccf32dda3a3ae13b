# `after 0` polls: it takes a queued message if there is one and otherwise yields the after value at once; used to count a mailbox
actor poller(stage :: Int, count :: Int) do
  if stage == 0 do
    let first = receive do
      m -> m
    after 0 -> -1
    end
    println("empty mailbox gives ${first}")
    send(self(), 5)
    let second = receive do
      m -> m
    after 0 -> -1
    end
    println("queued message gives ${second}")
    for i in 1..5 do
      send(self(), i * 100)
    end
    poller(1, 0)
  else
    receive do
      m ->
        println("polled ${m}")
        poller(1, count + 1)
    after 0 -> println("drained ${count} messages")
    end
  end
end

fn main() do
  let _ = spawn(poller, 0, 0)
end
