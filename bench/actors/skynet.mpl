# skynet: every node spawns 10 children, 6 levels down to 1,000,000 leaves
# (1,111,111 actors in all); each leaf sends its number to its parent, each
# inner node sends the sum of its children's. Total 499999500000.
# Peer: bench/peers/erlang/skynet.escript. Prints the elapsed time.

# pending < 0: not started yet; otherwise the children still to hear from.
actor skynet(parent :: Pid<Int>, num :: Int, size :: Int, pending :: Int, acc :: Int) do
  if size == 1 do
    send(parent, num)
  else if pending < 0 do
    let sub = size / 10
    let me = self()
    let _ = for i in 0..10 do
      spawn(skynet, me, num + i * sub, sub, -1, 0)
    end
    skynet(parent, num, size, 10, 0)
  else if pending == 0 do
    send(parent, acc)
  else
    receive do
      n -> skynet(parent, num, size, pending - 1, acc + n)
    end
  end
end

actor report(t0 :: Int) do
  receive do
    sum ->
      let ms = Timer.now() - t0
      println("skynet sum ${sum} in ${ms} ms")
      println("CHECK ${sum}")
      println("RESULT skynet=${ms} unit=ms")
  end
end

fn main() do
  let t0 = Timer.now()
  let r = spawn(report, t0)
  let _ = spawn(skynet, r, 0, 1000000, -1, 0)
end
