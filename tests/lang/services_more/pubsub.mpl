# Service state holding subscriber pids: Subscribe (call) stores typed Pids, Publish (cast) sends to every subscriber; subscribers are actors that print in turn
service Hub do
  fn init() -> List<Pid<String>> do [] end
  call Subscribe(p :: Pid<String>) :: Int do |subs|
    let next = List.append(subs, p)
    (next, List.length(next))
  end
  cast Publish(text :: String) do |subs|
    for p in subs do
      send(p, text)
    end
    subs
  end
end

actor subscriber(name :: String, next_turn, expected :: Int) do
  if expected == 0 do
    send(next_turn, name <> " finished")
  else
    receive do
      text ->
        send(next_turn, name <> " got " <> text)
        subscriber(name, next_turn, expected - 1)
    end
  end
end

actor printer(left :: Int, lines :: List<String>) do
  if left == 0 do
    for l in List.sort(lines, fn a, b -> order(a, b) end) do
      println(l)
    end
    ()
  else
    receive do
      l -> printer(left - 1, List.append(lines, l))
    end
  end
end

fn order(a :: String, b :: String) -> Int do
  case compare(a, b) do
    Less -> -1
    Equal -> 0
    Greater -> 1
  end
end

fn main() do
  let hub = Hub.start()
  let pr = spawn(printer, 9, [])
  println("subscribers ${Hub.subscribe(hub, spawn(subscriber, "ann", pr, 2))}")
  println("subscribers ${Hub.subscribe(hub, spawn(subscriber, "bob", pr, 2))}")
  println("subscribers ${Hub.subscribe(hub, spawn(subscriber, "cyd", pr, 2))}")
  Hub.publish(hub, "news")
  Hub.publish(hub, "weather")
end
