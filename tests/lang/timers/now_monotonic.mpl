# Timer.now is a monotonic millisecond clock: it never goes backwards and measures sleeps (at least the time slept, well under a second more)
fn check(prev :: Int, i :: Int, ok :: Bool) -> Bool do
  if i == 0 do
    ok
  else
    let t = Timer.now()
    check(t, i - 1, ok and t >= prev)
  end
end

actor measure(ms :: Int, out) do
  let a = Timer.now()
  Timer.sleep(ms)
  let d = Timer.now() - a
  send(out, (ms, d >= ms and d < ms + 1000))
end

actor gather(left :: Int) do
  if left > 0 do
    receive do
      (ms, ok) ->
        println("sleep ${ms} measured sensibly: ${ok}")
        gather(left - 1)
    end
  else
    ()
  end
end

fn main() do
  println("never backwards: ${check(Timer.now(), 10000, true)}")
  let t = Timer.now()
  Timer.sleep(30)
  let d = Timer.now() - t
  println("main slept at least 30: ${d >= 30}")
  let g = spawn(gather, 2)
  let _ = spawn(measure, 10, g)
  Timer.sleep(200)
  let _ = spawn(measure, 80, g)
end
