# List messages: lists of lists and a 10,000-element list sent between actors; the receiver matches with cons patterns and replies with a list
fn sums(rows :: List<List<Int>>) -> List<Int> do
  List.map(rows, fn row -> List.reduce(row, 0, fn a, b -> a + b end) end)
end

actor summer() do
  receive do
    (first :: rest, reply_to) ->
      send(reply_to, [List.length(first)] ++ sums(rest))
      summer()
    (_, reply_to) ->
      send(reply_to, [])
      summer()
  after 100 -> println("summer idle")
  end
end

actor driver() do
  let s = spawn(summer)
  send(s, ([[1, 2, 3], [10, 20], [], [5]], self()))
  receive do
    r -> println("reply ${r}")
  end
  send(s, ([], self()))
  receive do
    r -> println("empty reply ${r} length ${List.length(r)}")
  end
  let big = for i in 0..10000 do i end
  send(s, ([[0], big, List.reverse(big)], self()))
  receive do
    r -> println("big reply ${r}")
  end
  println("sender's list intact: ${List.length(big)} ${List.head(big)} ${List.last(big)}")
end

fn main() do
  let _ = spawn(driver)
end
