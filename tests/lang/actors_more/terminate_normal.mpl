# terminate clauses on normal exit: they run once, after the body's last expression (not per loop iteration), can use the actor's params, and can send
actor worker(name :: String, rounds :: Int, parent) do
  println(name <> " round ${rounds}")
  if rounds > 1 do
    worker(name, rounds - 1, parent)
  else
    println(name <> " body finished")
  end
  terminate do
    println(name <> " terminate clause")
    send(parent, name <> " is gone")
  end
end

actor driver() do
  let _ = spawn(worker, "alpha", 3, self())
  receive do
    msg -> println("driver heard: " <> msg)
  end
  let _ = spawn(worker, "beta", 1, self())
  receive do
    msg -> println("driver heard: " <> msg)
  end
end

fn main() do
  let _ = spawn(driver)
end
