# A supervised child that crashes while its start function is still running (it sleeps after spawning) is still seen and restarted: children are linked at birth
actor crasher() do
  println("child started")
  let xs :: List<Int> = []
  println("unreachable ${List.head(xs)}")
end
fn start_slowly() -> Pid do
  let p = spawn(crasher)
  Timer.sleep(100)
  p
end
supervisor Sup do
  strategy: one_for_one
  max_restarts: 3
  max_seconds: 10
  child c do
    start: fn -> start_slowly() end
    restart: transient
    shutdown: brutal_kill
  end
end
fn main() do
  let _ = spawn(Sup)
end
