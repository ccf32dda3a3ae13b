# Preemption at loop back-edges: actors busy-waiting in `while` loops and crunching `for` loops for ~500 ms do not starve a ticker printing every 20 ms
type Report do
  Busy(String)
  Ticked(Int, Int)
end

actor busy_wait(deadline :: Int, out) do
  while Timer.now() < deadline do
    ()
  end
  send(out, Busy("while"))
end

fn crunch(deadline :: Int, total :: Int) -> Int do
  if Timer.now() >= deadline do
    total
  else
    let xs = for i in 0..50000 do i % 7 end
    crunch(deadline, total + List.length(xs))
  end
end

actor for_loops(deadline :: Int, out) do
  let n = crunch(deadline, 0)
  send(out, Busy(if n > 0 do "for" else "none" end))
end

actor ticker(n :: Int, last :: Int, worst :: Int, during :: Int, deadline :: Int, out) do
  if n > 8 do
    send(out, Ticked(worst, during))
  else
    Timer.sleep(20)
    let now = Timer.now()
    println("tick ${n}")
    ticker(n + 1, now, Math.max(worst, now - last), if now < deadline do during + 1 else during end, deadline, out)
  end
end

actor collector(kinds :: List<String>, worst :: Int, during :: Int, ticked :: Bool) do
  if List.length(kinds) == 4 and ticked do
    println("busy actors finished: " <> String.join(List.sort(kinds, fn a, b -> if a < b do -1 else 1 end end), " "))
    println("ticks on time: ${worst < 350}")
    println("ticked while the loops were busy: ${during >= 2}")
  else
    receive do
      Busy(k) -> collector(List.append(kinds, k), worst, during, ticked)
      Ticked(w, d) -> collector(kinds, w, d, true)
    end
  end
end

fn main() do
  let deadline = Timer.now() + 500
  let c = spawn(collector, [], 0, 0, false)
  let _ = spawn(busy_wait, deadline, c)
  let _ = spawn(busy_wait, deadline, c)
  let _ = spawn(for_loops, deadline, c)
  let _ = spawn(for_loops, deadline, c)
  let _ = spawn(ticker, 1, Timer.now(), 0, 0, deadline, c)
  ()
end
