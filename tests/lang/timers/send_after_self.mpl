# An actor schedules its own wake-ups with Timer.send_after(self(), ...) and mixes them with messages from others, stopping after five ticks
type Event do
  Tick(Int)
  Note(String)
end

actor heartbeat(beats :: Int, notes :: List<String>) do
  if beats == 5 do
    println("5 beats, notes: " <> String.join(notes, ", "))
  else
    receive do
      Tick(n) ->
        println("beat ${n}")
        Timer.send_after(self(), 40, Tick(n + 1))
        heartbeat(beats + 1, notes)
      Note(s) -> heartbeat(beats, List.append(notes, s))
    end
  end
end

fn main() do
  let h = spawn(heartbeat, 0, [])
  send(h, Tick(1))
  send(h, Note("hello"))
  Timer.send_after(h, 30, Note("later"))
end
