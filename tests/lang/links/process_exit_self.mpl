# Process.exit(self(), reason) ends the calling actor at once: the rest of its body is skipped, its terminate clause runs, and an actor linked to it is killed (not a normal exit)
actor collector(left :: Int, lines :: List<String>) do
  if left == 0 do
    for l in List.sort(lines, fn x, y -> cmp(x, y) end) do
      println(l)
    end
    ()
  else
    receive do
      s -> collector(left - 1, List.append(lines, s))
    end
  end
end

fn cmp(x :: String, y :: String) -> Int do
  case compare(x, y) do
    Less -> -1
    Equal -> 0
    Greater -> 1
  end
end

actor quitter(out) do
  receive do
    n -> send(out, "quitter got go ${n}")
  end
  Process.exit(self(), "giving up")
  send(out, "quitter after exit (never)")
  terminate do
    send(out, "quitter terminate")
  end
end

actor friend(out) do
  let q = spawn(quitter, out)
  link(q)
  send(q, 1)
  Timer.sleep(200)
  send(out, "friend woke (never)")
  terminate do
    send(out, "friend terminate")
  end
end

fn main() do
  let out = spawn(collector, 4, [])
  let _ = spawn(friend, out)
  Timer.sleep(300)
  send(out, "main done")
end
