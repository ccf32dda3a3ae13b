# errors (2): String sent to an actor that receives Int; service call `Tally.bump` given a Float
actor counter(total :: Int) do
  receive do
    n -> counter(total + n)
  end
end

service Tally do
  fn init(start :: Int) -> Int do start end
  call Bump(by :: Int) :: Int do |n|
    (n + by, n + by)
  end
end

fn main() do
  let c = spawn(counter, 0)
  send(c, "one")
  let t = Tally.start(0)
  println("${Tally.bump(t, 1.5)}")
end
