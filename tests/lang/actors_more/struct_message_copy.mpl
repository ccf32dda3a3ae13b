# Struct messages are deep copies: the receiver builds an updated struct from its copy, the sender's original is unchanged, and a message outlives its sender
struct Order do
  id :: Int
  items :: List<String>
  note :: Option<String>
end

fn show(o :: Order) -> String do
  let n = case o.note do
    Some(t) -> t
    None -> "none"
  end
  "order ${o.id} [" <> String.join(o.items, ", ") <> "] note " <> n
end

fn stamp(o :: Order) -> Order do
  %{o | items: List.append(o.items, "stamp"), note: Some("stamped")}
end

actor stamper() do
  receive do
    (o, reply_to) ->
      send(reply_to, stamp(o))
      stamper()
  after 200 -> println("stamper idle")
  end
end

actor late_reader(reply_to) do
  Timer.sleep(40)
  receive do
    o -> send(reply_to, stamp(o))
  end
end

fn build_and_send(target, id :: Int) -> () do
  let big = for i in 0..1000 do "item${i}" end
  let o = Order { id: id, items: List.take(big, 3), note: Some("from a short-lived sender") }
  send(target, o)
end

actor driver() do
  let original = Order { id: 7, items: ["tea", "cake"], note: None }
  let st = spawn(stamper)
  send(st, (original, self()))
  let copy = receive do
    c -> c
  end
  println("original: " <> show(original))
  println("copy: " <> show(copy))
  println("equal: ${original == copy}")
  send(st, (copy, self()))
  receive do
    c2 -> println("twice: " <> show(c2))
  end
  let reader = spawn(late_reader, self())
  let _ = spawn(build_and_send, reader, 99)
  receive do
    c3 -> println("late: " <> show(c3))
  end
  println("original still: " <> show(original))
end

fn main() do
  let _ = spawn(driver)
end
