# one_for_one supervisor restarts a crashing permanent child until more than max_restarts happen within max_seconds
actor flaky(id :: Int) do
  println("flaky worker ${id} starting")
  Timer.sleep(20)
  let xs :: List<Int> = []
  println("never printed ${List.head(xs)}")
end

supervisor Guard do
  strategy: one_for_one
  max_restarts: 2
  max_seconds: 5
  child flaky_child do
    start: fn -> spawn(flaky, 1) end
    restart: permanent
    shutdown: brutal_kill
  end
end

fn main() do
  let _ = spawn(Guard)
end
