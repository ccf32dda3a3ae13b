# Process.exit(pid, reason) kills another actor: one blocked in receive and one inside Timer.sleep; their terminate clauses run, the body never continues, and a linked actor dies too
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

actor blocked(out) do
  receive do
    s -> send(out, "blocked got " <> s)
  end
  terminate do
    send(out, "blocked terminated")
  end
end

actor napper(out) do
  Timer.sleep(300)
  send(out, "napper woke up")
  terminate do
    send(out, "napper terminated")
  end
end

actor buddy(to, out) do
  link(to)
  receive do
    s -> send(out, "buddy got " <> s)
  end
  terminate do
    send(out, "buddy terminated")
  end
end

fn main() do
  let out = spawn(collector, 4, [])
  let b = spawn(blocked, out)
  let n = spawn(napper, out)
  Timer.sleep(20)
  Process.exit(b, "shutdown")
  Timer.sleep(50)
  let _ = spawn(buddy, n, out)
  Timer.sleep(50)
  Process.exit(n, "kill")
  Timer.sleep(400)
  send(out, "main done")
end
