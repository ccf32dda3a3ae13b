# Program exit: main returns while services sit idle in receive and an actor still works; the actor's output appears after "main done", idle services are abandoned and the exit status is 0
service Store do
  fn init() -> List<Int> do [] end
  cast Add(n :: Int) do |xs|
    List.append(xs, n)
  end
  call All() :: List<Int> do |xs|
    (xs, xs)
  end
end

actor late_worker(store) do
  Timer.sleep(50)
  Store.add(store, 3)
  println("late worker sees ${Store.all(store)}")
  terminate do
    println("late worker terminate")
  end
end

fn main() do
  let s = Store.start()
  let _idle = Store.start()
  Store.add(s, 1)
  Store.add(s, 2)
  let _ = spawn(late_worker, s)
  println("main done")
end
