# Program exit waits for pending timers: main returns while a Timer.send_after message is due to an actor idle in a plain receive and a Timer.apply_after closure (one that panics, one that prints) is pending
actor listener() do
  receive do
    s -> println("listener got " <> s)
  end
end

fn main() do
  let l = spawn(listener)
  Timer.send_after(l, 60, "delayed message")
  Timer.apply_after(120, fn ->
    let xs :: List<Int> = []
    println("never ${List.head(xs)}")
  end)
  Timer.apply_after(180, fn -> println("apply_after closure ran") end)
  println("main done")
end
