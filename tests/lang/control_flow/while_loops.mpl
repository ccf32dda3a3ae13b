# while loops with break and continue; loop state lives in a counter service because values are immutable
service Counter do
  fn init(start :: Int) -> Int do start end
  call Next() :: Int do |n|
    (n + 1, n + 1)
  end
  call Current() :: Int do |n|
    (n, n)
  end
end

fn main() do
  let pid = Counter.start(0)
  while Counter.current(pid) < 3 do
    let v = Counter.next(pid)
    println("tick ${v}")
  end
  while true do
    let v = Counter.next(pid)
    if v % 2 == 0 do
      continue
    end
    if v > 9 do
      break
    end
    println("odd ${v}")
  end
  println("final ${Counter.current(pid)}")
  while false do
    println("never")
  end
  let outer = Counter.start(0)
  while Counter.current(outer) < 2 do
    let o = Counter.next(outer)
    let inner = for j in 0..5 do
      if j == 2 do
        break
      end
      j
    end
    println("outer ${o} inner ${inner}")
  end
end
