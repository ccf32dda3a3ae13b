# Killing a supervisor with Process.exit takes its children down with it (they are linked): their terminate clauses run and nothing is restarted
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

supervisor Pair do
  strategy: one_for_one
  max_restarts: 5
  max_seconds: 10
  child first do
    start: fn -> spawn(waiter, "first") end
    restart: permanent
    shutdown: 100
  end
  child second do
    start: fn -> spawn(waiter, "second") end
    restart: permanent
    shutdown: 100
  end
end

fn main() do
  let log = Log.start()
  let _ = Process.register("log", log)
  let sup = spawn(Pair)
  Timer.sleep(50)
  Process.exit(sup, "shutdown")
  Timer.sleep(150)
  for line in Log.dump(log, ["first", "second"]) do
    println(line)
  end
end
