# One service used as a client from eight actors at once, 250 calls each; every call is answered and the final state counts all 2,000
service Counter do
  fn init() -> Int do 0 end
  call Inc(by :: Int) :: Int do |n|
    (n + by, n + by)
  end
  call Get() :: Int do |n|
    (n, n)
  end
end

actor client(svc, id :: Int, left :: Int, max_seen :: Int, report_to) do
  if left == 0 do
    send(report_to, (id, max_seen))
  else
    let v = Counter.inc(svc, 1)
    client(svc, id, left - 1, Math.max(max_seen, v), report_to)
  end
end

actor gatherer(svc, left :: Int, ids_sum :: Int, best :: Int) do
  if left == 0 do
    println("clients reported, id sum ${ids_sum}")
    println("largest reply seen ${best}")
    println("counter ${Counter.get(svc)}")
  else
    receive do
      (id, seen) -> gatherer(svc, left - 1, ids_sum + id, Math.max(best, seen))
    end
  end
end

fn main() do
  let svc = Counter.start()
  let g = spawn(gatherer, svc, 8, 0, 0)
  for i in 1..9 do
    spawn(client, svc, i, 250, 0, g)
  end
  ()
end
