# error: supervisor child `start` closure returns Int, not a Pid (E0018)
actor worker() do
  receive do
    msg -> println(msg)
  end
end

supervisor Team do
  strategy: one_for_one
  max_restarts: 3
  max_seconds: 5
  child w do
    start: fn -> 42 end
    restart: permanent
    shutdown: 100
  end
end

fn main() do
  let _ = spawn(Team)
end
