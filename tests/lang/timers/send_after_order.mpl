# Timer.send_after to an actor: delayed messages arrive in delay order (not call order), after a direct send, and not before their delay
actor listener(start :: Int, left :: Int) do
  if left > 0 do
    receive do
      (label, due) ->
        let on_time = Timer.now() - start >= due
        println(label <> " arrived, not early: ${on_time}")
        listener(start, left - 1)
    end
  else
    println("listener done")
  end
end

fn main() do
  let l = spawn(listener, Timer.now(), 4)
  Timer.send_after(l, 120, ("slow", 120))
  Timer.send_after(l, 20, ("fast", 20))
  Timer.send_after(l, 70, ("medium", 70))
  send(l, ("direct", 0))
end
