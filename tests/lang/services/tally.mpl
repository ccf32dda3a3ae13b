# Services: init args, call with and without `:: Reply`, untyped handler params, casts with and without |state|, several instances
service Tally do
  fn init(start :: Int) -> Int do start end
  call Total() :: Int do |n|
    (n, n)
  end
  call Bump(by :: Int) do |n|
    (n + by, n + by)
  end
  call AddBoth(a, b) do |n|
    let s = n + a + b
    (s, s)
  end
  cast Clear() do |_n|
    0
  end
  cast Reset() do
    100
  end
end

fn main() do
  let pid = Tally.start(5)
  println("${Tally.total(pid)}")
  println("${Tally.bump(pid, 2)}")
  println("${Tally.add_both(pid, 10, 20)}")
  Tally.clear(pid)
  println("${Tally.total(pid)}")
  Tally.reset(pid)
  println("${Tally.bump(pid, 1)}")
  let other = Tally.start(1000)
  println("${Tally.total(other)} ${Tally.total(pid)}")
end
