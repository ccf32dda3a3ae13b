# Restart limits escalate: an inner supervisor whose child always crashes gives up after max_restarts and exits abnormally; the outer supervisor restarts it once, then gives up too and stops its other child
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

actor crasher() do
  let _ = Log.began(Process.whereis("log"), "crasher")
  Timer.sleep(10)
  let xs :: List<Int> = []
  println("never ${List.head(xs)}")
end

actor steady() do
  let _ = Log.began(Process.whereis("log"), "steady")
  receive do
    n -> println("got ${n + 0}")
  end
  terminate do
    Log.event(Process.whereis("log"), "steady", "end")
  end
end

supervisor Inner do
  strategy: one_for_one
  max_restarts: 2
  max_seconds: 10
  child c do
    start: fn -> spawn(crasher) end
    restart: permanent
    shutdown: brutal_kill
  end
end

supervisor Outer do
  strategy: one_for_one
  max_restarts: 1
  max_seconds: 10
  child s do
    start: fn -> spawn(steady) end
    restart: permanent
    shutdown: 200
  end
  child inner do
    start: fn -> spawn(Inner) end
    restart: permanent
    shutdown: 500
  end
end

fn main() do
  let log = Log.start()
  let _ = Process.register("log", log)
  let _ = spawn(Outer)
  Timer.sleep(400)
  for line in Log.dump(log, ["steady", "crasher"]) do
    println(line)
  end
end
