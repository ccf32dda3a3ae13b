# link: when an actor panics, the actor linked to it (blocked in a plain receive) is killed and its terminate clause runs; an unlinked bystander lives on
actor printer() do
  receive do
    s ->
      println(s)
      printer()
  end
end

actor partner(out) do
  receive do
    s -> send(out, "partner got " <> s)
  end
  terminate do
    send(out, "partner terminated")
  end
end

actor crasher(other, out) do
  link(other)
  send(out, "crasher linked")
  Timer.sleep(30)
  send(out, "crasher about to crash")
  let xs :: List<Int> = []
  send(out, "never ${List.head(xs)}")
end

actor bystander(out) do
  receive do
    s -> send(out, "bystander got " <> s)
  end
end

fn main() do
  let out = spawn(printer)
  let a = spawn(partner, out)
  let c = spawn(bystander, out)
  let _ = spawn(crasher, a, out)
  Timer.sleep(150)
  send(c, "ping")
end
