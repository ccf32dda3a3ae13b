# Mesher's periodic-job shape: an actor loops on Timer.sleep and casts to a service; main polls the service until all ten ticks have landed
service Clock do
  fn init() -> List<Int> do [] end
  cast Tick(n :: Int) do |ticks|
    List.append(ticks, n)
  end
  call Ticks() :: List<Int> do |ticks|
    (ticks, ticks)
  end
end

actor ticker(clock, every :: Int, n :: Int, limit :: Int) do
  if n <= limit do
    Timer.sleep(every)
    Clock.tick(clock, n)
    ticker(clock, every, n + 1, limit)
  else
    ()
  end
end

fn wait_for(clock, count :: Int, polls :: Int) -> Int do
  let got = List.length(Clock.ticks(clock))
  if got >= count do
    polls
  else
    Timer.sleep(5)
    wait_for(clock, count, polls + 1)
  end
end

fn main() do
  let c = Clock.start()
  let t0 = Timer.now()
  let _ = spawn(ticker, c, 10, 1, 10)
  let polls = wait_for(c, 10, 0)
  println("ticks ${Clock.ticks(c)}")
  println("took at least 100 ms: ${Timer.now() - t0 >= 100}")
  println("polled more than once: ${polls > 1}")
end
