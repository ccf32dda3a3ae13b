# call: 1,000,000 synchronous service calls (request + reply) from one
# client against a trivial service. Peer: bench/peers/erlang/call.escript
# (gen_server:call). Prints microseconds per call.

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
  let n = 1000000
  let pid = Counter.start(0)
  let t0 = Timer.now()
  let total = calls(pid, n, 0)
  let ms = Timer.now() - t0
  let us = Int.to_float(ms) * 1000.0 / Int.to_float(n)
  println("${n} calls, counter at ${total}, in ${ms} ms: ${us} us/call")
  println("CHECK ${total}")
  println("RESULT call=${us} unit=us/call ms=${ms}")
end
