# errors (2): unknown strategy `all_at_once`; unknown restart `always`
actor w() do
  receive do
    m -> println(m)
  end
end
supervisor S do
  strategy: all_at_once
  max_restarts: 1
  max_seconds: 1
  child c do
    start: fn -> spawn(w) end
    restart: always
    shutdown: brutal_kill
  end
end
fn main() do
  let _ = spawn(S)
end
