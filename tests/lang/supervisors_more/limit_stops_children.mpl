# max_restarts 0: the first crash is already too many; the supervisor stops every remaining child (terminate clauses run, sleeping children included) and restarts nothing
service Log do
  fn init() -> Map<String, List<String>> do %{} end
  call Began(who :: String) :: Int do |m|
    let events = if Map.has_key(m, who) do Map.get(m, who) else [] end
    let n = List.length(List.filter(events, fn e -> String.starts_with(e, "start") end)) + 1
    (Map.put(m, who, List.append(events, "start ${n}")), n)
  end
  cast Event(who :: String, what :: String) do |m|
    let events = if Map.has_key(m, who) do Map.get(m, who) else [] end
    Map.put(m, who, List.append(events, what))
  end
  call Dump(names :: List<String>) :: List<String> do |m|
    (m, List.map(names, fn k -> k <> ": " <> String.join(Map.get(m, k), ", ") end))
  end
end

actor waiter(name :: String) do
  let _ = Log.began(Process.whereis("log"), name)
  receive do
    n -> println("got ${n + 0}")
  end
  terminate do
    Log.event(Process.whereis("log"), name, "end")
  end
end

actor sleeper(name :: String) do
  let _ = Log.began(Process.whereis("log"), name)
  Timer.sleep(1000)
  Log.event(Process.whereis("log"), name, "woke (never)")
  terminate do
    Log.event(Process.whereis("log"), name, "end")
  end
end

actor crasher(name :: String) do
  let _ = Log.began(Process.whereis("log"), name)
  Timer.sleep(30)
  let xs :: List<Int> = []
  println("never ${List.head(xs)}")
end

supervisor Strict do
  strategy: one_for_one
  max_restarts: 0
  max_seconds: 5
  child w do
    start: fn -> spawn(waiter, "waiter") end
    restart: permanent
    shutdown: 300
  end
  child s do
    start: fn -> spawn(sleeper, "sleeper") end
    restart: permanent
    shutdown: 300
  end
  child c do
    start: fn -> spawn(crasher, "crasher") end
    restart: permanent
    shutdown: brutal_kill
  end
end

fn main() do
  let log = Log.start()
  let _ = Process.register("log", log)
  let _ = spawn(Strict)
  Timer.sleep(300)
  for line in Log.dump(log, ["waiter", "sleeper", "crasher"]) do
    println(line)
  end
end
