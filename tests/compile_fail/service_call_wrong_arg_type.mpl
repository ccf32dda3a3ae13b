# error: `Tally.bump(pid, "two")` passes a String where `by :: Int` is expected
service Tally do
  fn init(start :: Int) -> Int do start end
  call Bump(by :: Int) :: Int do |n|
    (n + by, n + by)
  end
end

fn main() do
  let pid = Tally.start(5)
  let t = Tally.bump(pid, "two")
  println("${t}")
end
