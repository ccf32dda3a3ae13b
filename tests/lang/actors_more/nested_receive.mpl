# A receive inside a receive arm: a two-step protocol where a key message is followed by its value; the inner receive has its own after
actor pairing(pairs :: List<String>) do
  receive do
    "end" -> println("pairs: " <> String.join(pairs, ", "))
    key ->
      let value = receive do
        v -> v
      after 100 -> "<missing>"
      end
      pairing(List.append(pairs, key <> "=" <> value))
  end
end

actor driver() do
  let p = spawn(pairing, [])
  send(p, "a")
  send(p, "1")
  send(p, "b")
  send(p, "2")
  send(p, "c")
  Timer.sleep(200)
  send(p, "end")
end

fn main() do
  let _ = spawn(driver)
end
