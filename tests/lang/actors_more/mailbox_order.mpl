# Mailbox order: messages from one sender arrive in send order even when three senders interleave 1,000 messages each into one mailbox
actor checker(last :: Map<String, Int>, in_order :: Bool, received :: Int) do
  if received == 3000 do
    println("received ${received}")
    println("per-sender order kept: ${in_order}")
    println("last seen: a=${Map.get(last, "a")} b=${Map.get(last, "b")} c=${Map.get(last, "c")}")
  else
    receive do
      (who, n) ->
        let ok = in_order and n == Map.get(last, who) + 1
        checker(Map.put(last, who, n), ok, received + 1)
    end
  end
end

fn blast(target, who :: String, i :: Int, n :: Int) -> () do
  if i <= n do
    send(target, (who, i))
    blast(target, who, i + 1, n)
  else
    ()
  end
end

fn main() do
  let c = spawn(checker, %{"a" => 0, "b" => 0, "c" => 0}, true, 0)
  let _ = spawn(blast, c, "a", 1, 1000)
  let _ = spawn(blast, c, "b", 1, 1000)
  blast(c, "c", 1, 1000)
end
