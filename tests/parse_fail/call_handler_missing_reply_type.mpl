# error: `call` handler has `::` but no reply type
service Tally do
  fn init(start :: Int) -> Int do start end
  call Total() :: do |n|
    (n, n)
  end
end

fn main() do
  let t = Tally.start(1)
  println("${Tally.total(t)}")
end
