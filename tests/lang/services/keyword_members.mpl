# Keywords as member names after `.`: handlers named Where/Spawn/Link/Monitor/Send/Cast/Self give Svc.where, Svc.spawn, ...
service Words do
  fn init() -> List<String> do [] end
  call Where(place :: String) :: String do |log|
    (List.append(log, "where"), "at " <> place)
  end
  call Spawn() :: Int do |log|
    (List.append(log, "spawn"), List.length(log))
  end
  cast Link(a :: String) do |log|
    List.append(log, "link " <> a)
  end
  cast Monitor() do |log|
    List.append(log, "monitor")
  end
  cast Send(msg :: String) do |log|
    List.append(log, "send " <> msg)
  end
  cast Cast() do |log|
    List.append(log, "cast")
  end
  call Self() :: List<String> do |log|
    (log, log)
  end
end

fn main() do
  let w = Words.start()
  println(Words.where(w, "home"))
  println("${Words.spawn(w)}")
  Words.link(w, "a")
  Words.monitor(w)
  Words.send(w, "hi")
  Words.cast(w)
  println(String.join(Words.self(w), ", "))
  println("[" <> Node.self() <> "]")
end
