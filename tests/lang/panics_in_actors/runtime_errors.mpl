# Different runtime errors in different actors (List.get out of bounds, Queue.pop on empty, division by zero, remainder by zero, List.last of empty, List.tail of empty): each crashes only its own actor
fn kind(n :: Int) -> String do
  case n do
    0 -> "zero"
    1 -> "one"
    _ -> "many"
  end
end

actor worker(id :: Int, out) do
  let zero = List.length([])
  let text = if id == 0 do
    "${List.get([1, 2], 5)}"
  else if id == 1 do
    let (x, _) = Queue.pop(Queue.new())
    "${x + 0}"
  else if id == 2 do
    "${10 / zero}"
  else if id == 3 do
    "${10 % zero}"
  else if id == 4 do
    "${List.last(List.filter([1], fn x -> x > 5 end))}"
  else if id == 5 do
    let rest :: List<String> = List.tail([])
    String.join(rest, ",")
  else
    kind(id)
  end
  send(out, "worker ${id} finished with " <> text)
  terminate do
    send(out, "worker ${id} gone")
  end
end

actor collector(left :: Int, lines :: List<String>) do
  if left == 0 do
    for l in List.sort(lines, fn x, y -> cmp(x, y) end) do
      println(l)
    end
    ()
  else
    receive do
      s -> collector(left - 1, List.append(lines, s))
    end
  end
end

fn cmp(x :: String, y :: String) -> Int do
  case compare(x, y) do
    Less -> -1
    Equal -> 0
    Greater -> 1
  end
end

fn main() do
  let out = spawn(collector, 8, [])
  for i in 0..7 do
    spawn(worker, i, out)
  end
  ()
end
