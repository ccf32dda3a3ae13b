# Preemption: four actors (more than the cores) spin in tight tail-recursive loops for ~500 ms while a ticker prints every 20 ms; the ticker keeps ticking during the spin and no gap approaches the spin time
type Report do
  SpinnerDone(Int)
  TickerDone(Int, Int)
end

fn churn(i :: Int, acc :: Int) -> Int do
  if i == 0 do acc else churn(i - 1, (acc * 31 + i) % 1000003) end
end

actor spinner(deadline :: Int, rounds :: Int, acc :: Int, out) do
  if Timer.now() >= deadline do
    send(out, SpinnerDone(rounds))
  else
    spinner(deadline, rounds + 1, churn(100000, acc), out)
  end
end

actor ticker(n :: Int, last :: Int, worst :: Int, during :: Int, deadline :: Int, out) do
  if n > 10 do
    send(out, TickerDone(worst, during))
  else
    Timer.sleep(20)
    let now = Timer.now()
    println("tick ${n}")
    ticker(n + 1, now, Math.max(worst, now - last), if now < deadline do during + 1 else during end, deadline, out)
  end
end

actor collector(spinners :: Int, worst :: Int, during :: Int, ticker_done :: Bool) do
  if spinners == 4 and ticker_done do
    println("ticks on time: ${worst < 350}")
    println("ticked while the spinners were busy: ${during >= 2}")
    println("spinners done: ${spinners}")
  else
    receive do
      SpinnerDone(_) -> collector(spinners + 1, worst, during, ticker_done)
      TickerDone(w, d) -> collector(spinners, w, d, true)
    end
  end
end

fn main() do
  let deadline = Timer.now() + 500
  let c = spawn(collector, 0, 0, 0, false)
  for _ in 0..4 do
    spawn(spinner, deadline, 0, 0, c)
  end
  let _ = spawn(ticker, 1, Timer.now(), 0, 0, deadline, c)
  ()
end
