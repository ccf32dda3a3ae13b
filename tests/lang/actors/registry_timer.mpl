# Process.register/whereis, link, Process.monitor/demonitor, Timer.send_after delivering a delayed message, Node.self
actor logger(count :: Int) do
  receive do
    msg ->
      println("log ${count}: " <> msg)
      logger(count + 1)
  after 300 -> println("logger stopping after ${count} messages")
  end
end

fn main() do
  let l = spawn(logger, 0)
  let first = Process.register("logger", l)
  let second = Process.register("logger", l)
  println("register ${first} then ${second}")
  println("node [" <> Node.self() <> "]")
  link(l)
  let ref = Process.monitor(l)
  let _ = Process.demonitor(ref)
  let found = Process.whereis("logger")
  send(found, "first")
  Timer.send_after(found, 100, "late")
  send(found, "second")
end
