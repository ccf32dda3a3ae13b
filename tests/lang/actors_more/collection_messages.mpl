# Sets, queues, an 80,000-character string and derived-Json structs as messages: the receiver sees equal values and can keep using them
struct Meta do
  tags :: List<String>
  score :: Float
end deriving(Json)

actor inspector() do
  receive do
    (s, q, big, meta, reply_to) ->
      let (front, rest) = Queue.pop(q)
      send(reply_to, "set size ${Set.size(s)} has 3 ${Set.contains(s, 3)}; queue front ${front} then ${Queue.size(rest)} more; string length ${String.length(big)} ends " <> String.slice(big, String.length(big) - 3, String.length(big)) <> "; json " <> Json.encode(meta))
  end
end

actor driver() do
  let s = Set.add(Set.add(Set.add(Set.new(), 1), 3), 3)
  let q = Queue.push(Queue.push(Queue.push(Queue.new(), 7), 8), 9)
  let big = String.join(for i in 0..20000 do "ab${i % 10}" end, "-")
  let meta = Meta { tags: ["x", "y"], score: 2.5 }
  let i = spawn(inspector)
  send(i, (s, q, big, meta, self()))
  receive do
    line -> println(line)
  end
  println("sender still has ${Set.size(s)} in set and ${Queue.size(q)} in queue")
end

fn main() do
  let _ = spawn(driver)
end
