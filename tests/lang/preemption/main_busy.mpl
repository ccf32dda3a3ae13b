# Preemption of main: main spins in a tail-recursive loop for ~300 ms while two actors spin too and a ticker prints every 20 ms; the ticker finishes while main is still busy
fn churn(i :: Int, acc :: Int) -> Int do
  if i == 0 do acc else churn(i - 1, (acc * 31 + i) % 1000003) end
end

fn spin(deadline :: Int, acc :: Int) -> Int do
  if Timer.now() >= deadline do acc else spin(deadline, churn(50000, acc)) end
end

actor spinner(deadline :: Int) do
  let _ = spin(deadline, 1)
  ()
end

actor ticker(n :: Int, deadline :: Int, during :: Int) do
  if n > 4 do
    println("ticker done while main was busy: ${during >= 2}")
  else
    Timer.sleep(20)
    println("tick ${n}")
    ticker(n + 1, deadline, if Timer.now() < deadline do during + 1 else during end)
  end
end

fn main() do
  let deadline = Timer.now() + 400
  let _ = spawn(ticker, 1, deadline, 0)
  let _ = spawn(spinner, deadline)
  let _ = spawn(spinner, deadline)
  let r = spin(deadline, 7)
  println("main finished spinning: ${r >= 0}")
end
