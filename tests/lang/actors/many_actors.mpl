# A thousand actors plus a spawned plain function report to a collector service; main polls until all results arrive
service Collector do
  fn init() -> Map<Int, Int> do
    %{}
  end
  cast Report(id :: Int, value :: Int) do |m|
    Map.put(m, id, value)
  end
  call Count() :: Int do |m|
    (m, Map.size(m))
  end
  call Total() :: Int do |m|
    (m, List.reduce(Map.values(m), 0, fn a, b -> a + b end))
  end
end

actor worker(collector, id :: Int) do
  let sq = id * id
  Collector.report(collector, id, sq)
end

fn seed(collector, id :: Int) do
  Collector.report(collector, id, 0)
end

fn wait_for(c, n :: Int) -> Int do
  let got = Collector.count(c)
  if got >= n do
    got
  else
    Timer.sleep(5)
    wait_for(c, n)
  end
end

fn main() do
  let c = Collector.start()
  for i in 1..1001 do
    spawn(worker, c, i)
  end
  let _ = spawn(seed, c, 0)
  println("collected ${wait_for(c, 1001)}")
  println("sum of squares ${Collector.total(c)}")
end
