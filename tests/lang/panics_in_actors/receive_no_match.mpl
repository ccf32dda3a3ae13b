# A message that matches no receive arm crashes the receiving actor (a warning at compile time), and its terminate clause still runs
actor printer() do
  receive do
    s ->
      println(s)
      printer()
  end
end

actor picky(out) do
  receive do
    1 ->
      send(out, "picky got one")
      picky(out)
    2 ->
      send(out, "picky got two")
      picky(out)
  end
  terminate do
    send(out, "picky terminate")
  end
end

fn main() do
  let out = spawn(printer)
  let p = spawn(picky, out)
  send(p, 1)
  send(p, 2)
  send(p, 3)
  send(p, 1)
  Timer.sleep(100)
  send(out, "main done")
end
