# Preemption: while four actors spin for ~400 ms in tail-recursive loops, two other actors keep exchanging messages (ping-pong makes progress during the spin, not only after it)
type Report do
  SpinnerDone(Int)
  RallyDone(Int, Int)
end

fn churn(i :: Int, acc :: Int) -> Int do
  if i == 0 do acc else churn(i - 1, (acc * 31 + i) % 1000003) end
end

actor spinner(deadline :: Int, acc :: Int, out) do
  if Timer.now() >= deadline do
    send(out, SpinnerDone(acc))
  else
    spinner(deadline, churn(100000, acc), out)
  end
end

actor ponger() do
  receive do
    (from, n) ->
      send(from, n + 1)
      ponger()
  end
end

actor pinger(partner, n :: Int, during :: Int, deadline :: Int, out) do
  if n >= 20 do
    send(out, RallyDone(n, during))
  else
    send(partner, (self(), n))
    let got :: Int = receive do
      r -> r
    end
    let busy = Timer.now() < deadline
    pinger(partner, got, if busy do during + 1 else during end, deadline, out)
  end
end

actor collector(spinners :: Int, rally :: Int, during :: Int, done :: Bool) do
  if spinners == 4 and done do
    println("rally reached ${rally}")
    println("rally progressed while the spinners were busy: ${during >= 5}")
    println("spinners done: ${spinners}")
  else
    receive do
      SpinnerDone(_) -> collector(spinners + 1, rally, during, done)
      RallyDone(n, d) -> collector(spinners, n, d, true)
    end
  end
end

fn main() do
  let deadline = Timer.now() + 400
  let c = spawn(collector, 0, 0, 0, false)
  for _ in 0..4 do
    spawn(spinner, deadline, 0, c)
  end
  let p = spawn(ponger)
  let _ = spawn(pinger, p, 0, 0, deadline, c)
  ()
end
