# Timer.apply_after closures capture values, can schedule further apply_after closures, and run in time order regardless of scheduling order
service Log do
  fn init() -> List<String> do [] end
  cast Add(s :: String) do |xs|
    List.append(xs, s)
  end
  call All() :: List<String> do |xs|
    (xs, xs)
  end
end

fn chain(log, n :: Int) -> () do
  Log.add(log, "chain ${n}")
  if n < 3 do
    Timer.apply_after(20, fn -> chain(log, n + 1) end)
  else
    ()
  end
end

fn main() do
  let log = Log.start()
  let word = "captured"
  Timer.apply_after(250, fn -> Log.add(log, "last " <> word) end)
  Timer.apply_after(150, fn -> Log.add(log, "middle") end)
  Timer.apply_after(10, fn -> chain(log, 1) end)
  Timer.sleep(400)
  for s in Log.all(log) do
    println(s)
  end
end
