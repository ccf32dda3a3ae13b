# Messages of the wrong kind through untyped pids are dropped, not misread: a plain send to a service, a cast to an actor
service Counter do
  fn init() -> Int do 0 end
  call Get() :: Int do |n|
    (n, n)
  end
  cast Add(k :: Int) do |n|
    n + k
  end
end

actor listener() do
  receive do
    n -> println("listener got ${n + 1}")
  end
end

fn main() do
  let c = Counter.start()
  let p :: Pid = c
  send(p, 42)
  Counter.add(c, 5)
  println("count ${Counter.get(c)}")
  let l = spawn(listener)
  let untyped :: Pid = l
  Counter.add(untyped, 1)
  send(l, 1)
  Timer.sleep(50)
  println("still alive")
end
