# receive ... after ms -> value: oldest message first, after branch value when idle, multi-statement and guarded receive arms
actor classify() do
  receive do
    0 -> println("zero")
      classify()
    n when n < 0 ->
      println("negative ${n}")
      classify()
    n ->
      let doubled = n * 2
      println("positive, doubled ${doubled}")
      classify()
  after 100 -> println("classifier idle")
  end
end

actor probe(round :: Int) do
  let got = receive do
    msg -> msg
  after 50 -> 99
  end
  println("round ${round}: ${got}")
  if round < 4 do
    probe(round + 1)
  else
    let c = spawn(classify)
    send(c, 0)
    send(c, -3)
    send(c, 5)
  end
end

fn main() do
  let p = spawn(probe, 1)
  send(p, 7)
  send(p, 8)
end
