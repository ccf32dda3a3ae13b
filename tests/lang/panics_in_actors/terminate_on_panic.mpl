# An actor's terminate clause also runs when the actor panics, after the output it made before the panic, and can notify another actor
actor watcher() do
  receive do
    s ->
      println("watcher heard: " <> s)
      watcher()
  end
end

actor fragile(name :: String, w, items :: List<Int>) do
  println(name <> " sums ${List.reduce(items, 0, fn a, b -> a + b end)}")
  println(name <> " first item ${List.head(items)}")
  terminate do
    send(w, name <> " ended")
  end
end

fn main() do
  let w = spawn(watcher)
  let _ = spawn(fragile, "full", w, [4, 5])
  Timer.sleep(80)
  let _ = spawn(fragile, "empty", w, [])
  Timer.sleep(80)
  println("main done")
end
