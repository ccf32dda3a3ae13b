# A panic in one actor crashes only that actor: its siblings keep working, including one that receives messages after the crash
actor printer() do
  receive do
    s ->
      println(s)
      printer()
  end
end

actor doomed(out) do
  send(out, "doomed starting")
  let xs :: List<String> = []
  send(out, "doomed got " <> List.head(xs))
end

actor steady(out, n :: Int) do
  receive do
    m ->
      send(out, "steady handled ${m}, total ${n + m}")
      steady(out, n + m)
  after 300 -> send(out, "steady idle at ${n}")
  end
end

fn main() do
  let out = spawn(printer)
  let s = spawn(steady, out, 0)
  send(s, 1)
  Timer.sleep(60)
  let _ = spawn(doomed, out)
  Timer.sleep(60)
  send(s, 2)
  Timer.sleep(60)
  send(s, 3)
end
