# link: a normal exit does not kill the linked actor; it keeps receiving after its partner finished
actor printer() do
  receive do
    s ->
      println(s)
      printer()
  end
end

actor survivor(out, seen :: Int) do
  receive do
    "stop" -> send(out, "survivor stopping after ${seen} messages")
    s ->
      send(out, "survivor got " <> s)
      survivor(out, seen + 1)
  end
end

actor short_lived(other, out) do
  link(other)
  send(out, "short_lived exits normally")
  terminate do
    send(out, "short_lived terminate")
  end
end

fn main() do
  let out = spawn(printer)
  let s = spawn(survivor, out, 0)
  let _ = spawn(short_lived, s, out)
  Timer.sleep(100)
  send(s, "after the partner is gone")
  Timer.sleep(50)
  send(s, "stop")
end
