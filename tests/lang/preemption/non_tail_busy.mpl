# Preemption inside non-tail recursion: three actors compute naive fib repeatedly for ~500 ms (deep call trees, no loops) while a fourth prints on a 25 ms timer without being starved
type Report do
  Spun(Int)
  Ticked(Int, Int)
end

fn fib(n :: Int) -> Int do
  if n < 2 do n else fib(n - 1) + fib(n - 2) end
end

actor cruncher(deadline :: Int, runs :: Int, out) do
  if Timer.now() >= deadline do
    send(out, Spun(runs))
  else
    let f = fib(20)
    cruncher(deadline, if f == 6765 do runs + 1 else runs end, out)
  end
end

actor ticker(n :: Int, last :: Int, worst :: Int, during :: Int, deadline :: Int, out) do
  if n > 8 do
    send(out, Ticked(worst, during))
  else
    Timer.sleep(25)
    let now = Timer.now()
    println("tick ${n}")
    ticker(n + 1, now, Math.max(worst, now - last), if now < deadline do during + 1 else during end, deadline, out)
  end
end

actor collector(crunchers :: Int, all_ran :: Bool, worst :: Int, during :: Int, ticked :: Bool) do
  if crunchers == 3 and ticked do
    println("every cruncher computed fib(20) at least once: ${all_ran}")
    println("ticks on time: ${worst < 350}")
    println("ticked while crunching: ${during >= 2}")
  else
    receive do
      Spun(runs) -> collector(crunchers + 1, all_ran and runs > 0, worst, during, ticked)
      Ticked(w, d) -> collector(crunchers, all_ran, w, d, true)
    end
  end
end

fn main() do
  let deadline = Timer.now() + 500
  let c = spawn(collector, 0, true, 0, 0, false)
  for _ in 0..3 do
    spawn(cruncher, deadline, 0, c)
  end
  let _ = spawn(ticker, 1, Timer.now(), 0, 0, deadline, c)
  ()
end
