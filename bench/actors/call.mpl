# call: 1,000,000 synchronous service calls (request + reply) from one
# client against a trivial service. Peer: bench/peers/erlang/call.escript
# (gen_server:call). The driver times the whole run.

service Counter do
  fn init(start :: Int) -> Int do start end
  call Add(by :: Int) :: Int do |n|
    (n + by, n + by)
  end
end

fn calls(pid, left :: Int, last :: Int) -> Int do
  if left == 0 do
    last
  else
    calls(pid, left - 1, Counter.add(pid, 1))
  end
end

fn main() do
  let pid = Counter.start(0)
  let total = calls(pid, 1000000, 0)
  println("1000000 calls, counter at ${total}")
  println("CHECK ${total}")
end
