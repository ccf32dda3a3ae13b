# restart types: transient restarts only after a crash, temporary never restarts (even after a crash), permanent restarts even after a normal exit
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

actor child(name :: String, crash_on :: List<Int>, finish_on :: List<Int>) do
  let gen = Log.began(Process.whereis("log"), name)
  if List.contains(crash_on, gen) do
    Timer.sleep(20)
    let xs :: List<Int> = []
    println("never ${List.head(xs)}")
  else if List.contains(finish_on, gen) do
    Timer.sleep(20)
  else
    receive do
      n -> println("got ${n + 0}")
    end
  end
  terminate do
    Log.event(Process.whereis("log"), name, "end")
  end
end

supervisor Mixed do
  strategy: one_for_one
  max_restarts: 5
  max_seconds: 10
  child trans do
    start: fn -> spawn(child, "transient", [1], [2]) end
    restart: transient
    shutdown: 200
  end
  child temp do
    start: fn -> spawn(child, "temporary", [1], []) end
    restart: temporary
    shutdown: 200
  end
  child perm do
    start: fn -> spawn(child, "permanent", [], [1]) end
    restart: permanent
    shutdown: 200
  end
  child temp_ok do
    start: fn -> spawn(child, "temporary-normal", [], [1]) end
    restart: temporary
    shutdown: 200
  end
end

fn main() do
  let log = Log.start()
  let _ = Process.register("log", log)
  let _ = spawn(Mixed)
  Timer.sleep(300)
  for line in Log.dump(log, ["transient", "temporary", "permanent", "temporary-normal"]) do
    println(line)
  end
end
