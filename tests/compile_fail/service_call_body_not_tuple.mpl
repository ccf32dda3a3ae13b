# error: `call Total` body returns a bare Int instead of a (new_state, reply) tuple
service Tally do
  fn init(start :: Int) -> Int do start end
  call Total() :: Int do |n|
    n
  end
end

fn main() do
  let pid = Tally.start(5)
  println("${Tally.total(pid)}")
end
