# Timer.apply_after runs a closure in a new process after a delay: the way a timer reaches a service (a delayed cast and a delayed call)
service Tally do
  fn init(start :: Int) -> Int do start end
  call Total() :: Int do |n|
    (n, n)
  end
  call Bump(by :: Int) :: Int do |n|
    (n + by, n + by)
  end
  cast Clear() do |_n|
    0
  end
end

actor reporter(pid) do
  let r = Tally.bump(pid, 1000)
  println("reporter bumped to ${r}")
end

fn main() do
  let pid = Tally.start(5)
  Timer.apply_after(100, fn -> Tally.clear(pid) end)
  let captured = 7
  Timer.apply_after(300, fn ->
    let v = Tally.bump(pid, captured)
    println("delayed call replied ${v}")
  end)
  println("before clear ${Tally.bump(pid, 2)}")
  Timer.sleep(200)
  println("after clear ${Tally.total(pid)}")
  Timer.sleep(200)
  println("after delayed bump ${Tally.total(pid)}")
  let _ = spawn(reporter, pid)
end
