# A service busy for ~300 ms in one call does not block other processes: while it computes (and two more actors spin), another service answers 50 calls from an actor
fn churn(i :: Int, acc :: Int) -> Int do
  if i == 0 do acc else churn(i - 1, (acc * 31 + i) % 1000003) end
end

fn spin(deadline :: Int, acc :: Int) -> Int do
  if Timer.now() >= deadline do acc else spin(deadline, churn(50000, acc)) end
end

service Slow do
  fn init() -> Int do 0 end
  call Crunch(ms :: Int) :: Int do |n|
    let _ = spin(Timer.now() + ms, 1)
    (n + 1, n + 1)
  end
end

service Fast do
  fn init() -> Int do 0 end
  call Inc() :: Int do |n|
    (n + 1, n + 1)
  end
end

actor spinner(deadline :: Int) do
  let _ = spin(deadline, 1)
  ()
end

actor fast_client(fast, left :: Int, out) do
  if left == 0 do
    send(out, ("fast", Timer.now()))
  else
    let _ = Fast.inc(fast)
    fast_client(fast, left - 1, out)
  end
end

actor slow_client(slow, out) do
  let _ = Slow.crunch(slow, 300)
  send(out, ("slow", Timer.now()))
end

actor judge(fast_at :: Int, slow_at :: Int, left :: Int) do
  if left == 0 do
    println("fast calls finished before the slow call: ${fast_at < slow_at}")
  else
    receive do
      ("fast", t) -> judge(t, slow_at, left - 1)
      (_, t) -> judge(fast_at, t, left - 1)
    end
  end
end

fn main() do
  let slow = Slow.start()
  let fast = Fast.start()
  let j = spawn(judge, 0, 0, 2)
  let deadline = Timer.now() + 300
  let _ = spawn(spinner, deadline)
  let _ = spawn(spinner, deadline)
  let _ = spawn(slow_client, slow, j)
  Timer.sleep(20)
  let _ = spawn(fast_client, fast, 50, j)
  Timer.sleep(400)
  println("fast count ${Fast.inc(fast) - 1}")
end
