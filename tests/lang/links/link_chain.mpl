# Exit signals propagate along a chain of links: c crashes, b (linked to c) dies, a (linked to b) dies; every terminate runs and an unlinked actor lives on
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

actor waiter(name :: String, out) do
  receive do
    s -> send(out, name <> " got " <> s)
  end
  terminate do
    send(out, name <> " terminated")
  end
end

actor linked_waiter(name :: String, out, to :: Pid) do
  link(to)
  receive do
    s -> send(out, name <> " got " <> s)
  end
  terminate do
    send(out, name <> " terminated")
  end
end

actor crasher(out) do
  Timer.sleep(40)
  send(out, "c crashing")
  let xs :: List<Int> = []
  println("never ${List.get(xs, 3)}")
end

fn main() do
  let out = spawn(collector, 5, [])
  let c = spawn(crasher, out)
  let b = spawn(linked_waiter, "b", out, c)
  let _a = spawn(linked_waiter, "a", out, b)
  let lonely = spawn(waiter, "lonely", out)
  Timer.sleep(150)
  send(lonely, "hi")
end
