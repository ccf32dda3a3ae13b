# transient and temporary children that exit normally are not restarted; rest_for_one starts children in order
actor once(label :: String, delay :: Int) do
  Timer.sleep(delay)
  println(label <> " ran")
end

supervisor Steps do
  strategy: rest_for_one
  max_restarts: 3
  max_seconds: 10
  child first do
    start: fn -> spawn(once, "first", 0) end
    restart: transient
    shutdown: 100
  end
  child second do
    start: fn -> spawn(once, "second", 100) end
    restart: temporary
    shutdown: brutal_kill
  end
end

fn main() do
  let _ = spawn(Steps)
end
