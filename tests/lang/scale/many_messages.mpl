# 200,000 messages from two senders into one mailbox (a burst far larger than the consumer keeps up with); nothing is lost and per-sender order holds
actor consumer(received :: Int, sum :: Int, last_a :: Int, last_b :: Int, ordered :: Bool) do
  if received == 200000 do
    println("received ${received}, sum ${sum}, in order ${ordered}")
  else
    receive do
      (0, n) -> consumer(received + 1, sum + n, n, last_b, ordered and n == last_a + 1)
      (_, n) -> consumer(received + 1, sum + n, last_a, n, ordered and n == last_b + 1)
    end
  end
end

fn flood(target, tag :: Int, i :: Int, n :: Int) -> () do
  if i > n do
    ()
  else
    send(target, (tag, i))
    flood(target, tag, i + 1, n)
  end
end

fn main() do
  let c = spawn(consumer, 0, 0, 0, 0, true)
  let _ = spawn(flood, c, 1, 1, 100000)
  flood(c, 0, 1, 100000)
  println("main sent its share")
end
