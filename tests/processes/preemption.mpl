# While one actor spins in a tight recursive loop (no allocation, no
# message), main's 20 ms sleeps must still end on time: prints the worst
# lateness. Run by crates/meshc/tests/processes.rs with one worker thread.
fn spin(i :: Int, until :: Int) -> Int do
  if Timer.now() >= until do
    i
  else
    spin(i + 1, until)
  end
end

actor spinner(ms :: Int) do
  let n = spin(0, Timer.now() + ms)
  println("spinner done ${n > 0}")
end

fn ticks(k :: Int, worst :: Int) -> Int do
  if k == 15 do
    worst
  else
    let t0 = Timer.now()
    Timer.sleep(20)
    let late = Timer.now() - t0 - 20
    ticks(k + 1, if late > worst do late else worst end)
  end
end

fn main() do
  let _ = spawn(spinner, 500)
  let worst = ticks(0, 0)
  println("worst lateness ms: ${worst}")
end
