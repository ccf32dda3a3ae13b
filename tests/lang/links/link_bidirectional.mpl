# link is bidirectional: the actor that called link(other) panics, and the other side (which never called link) is killed and runs its terminate clause
actor printer() do
  receive do
    s ->
      println(s)
      printer()
  end
end

actor passive(out) do
  receive do
    s -> send(out, "passive got " <> s)
  end
  terminate do
    send(out, "passive terminated")
  end
end

actor linker(other, out) do
  link(other)
  send(out, "linker linked, now dividing")
  let zero = List.length([])
  send(out, "never ${10 / zero}")
end

fn main() do
  let out = spawn(printer)
  let p = spawn(passive, out)
  Timer.sleep(20)
  let _ = spawn(linker, p, out)
  Timer.sleep(100)
  send(out, "main done")
end
