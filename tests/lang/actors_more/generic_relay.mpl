# An actor generic in its message type: the same relay actor forwards Ints, Strings and tuples to typed sinks
actor relay(target, n :: Int) do
  receive do
    m ->
      send(target, m)
      if n > 1 do relay(target, n - 1) else () end
  end
end

actor int_sink(report_to, total :: Int, left :: Int) do
  receive do
    n ->
      if left == 1 do
        send(report_to, "ints total ${total + n}")
      else
        int_sink(report_to, total + n, left - 1)
      end
  end
end

actor str_sink(report_to, acc :: String, left :: Int) do
  receive do
    s ->
      if left == 1 do
        send(report_to, "strings " <> acc <> s)
      else
        str_sink(report_to, acc <> s, left - 1)
      end
  end
end

actor pair_sink(report_to) do
  receive do
    (k, v) -> send(report_to, "pair " <> k <> "=${v}")
  end
end

fn forward_all<T>(p :: Pid<T>, xs :: List<T>) -> () do
  for x in xs do
    send(p, x)
  end
  ()
end

actor driver() do
  let r1 = spawn(relay, spawn(int_sink, self(), 0, 3), 3)
  forward_all(r1, [1, 2, 3])
  receive do
    s -> println(s)
  end
  let r2 = spawn(relay, spawn(str_sink, self(), "", 2), 2)
  forward_all(r2, ["x", "y"])
  receive do
    s -> println(s)
  end
  let r3 = spawn(relay, spawn(pair_sink, self()), 1)
  send(r3, ("k", 42))
  receive do
    s -> println(s)
  end
end

fn main() do
  let _ = spawn(driver)
end
