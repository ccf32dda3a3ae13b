# Process.register/whereis: 0 on success and 1 when the name is taken, lookups from other actors, unknown names give the null pid (equal for all unknown names)
actor store(total :: Int) do
  receive do
    ("add", n, _) -> store(total + n)
    ("get", _, reply_to) ->
      send(reply_to, total)
      store(total)
    _ -> store(total)
  end
end

actor adder(n :: Int) do
  let s = Process.whereis("store")
  send(s, ("add", n, self()))
end

actor reader() do
  let s = Process.whereis("store")
  send(s, ("get", 0, self()))
  let t :: Int = receive do
    n -> n
  end
  println("store total ${t}")
  let a = Process.whereis("no-such-name")
  let b = Process.whereis("another-missing-name")
  println("unknown names agree: ${a == b}")
  println("unknown differs from store: ${a != s}")
end

fn main() do
  let s = spawn(store, 0)
  println("first register ${Process.register("store", s)}")
  let other = spawn(store, 100)
  println("second register ${Process.register("store", other)}")
  println("other name ${Process.register("spare", other)}")
  println("lookup finds first: ${Process.whereis("store") == s}")
  println("lookup finds spare: ${Process.whereis("spare") == other}")
  let _ = spawn(adder, 5)
  let _ = spawn(adder, 7)
  Timer.sleep(100)
  let _ = spawn(reader)
end
