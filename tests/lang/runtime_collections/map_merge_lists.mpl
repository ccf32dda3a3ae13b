# Map.merge (b wins, a's keys keep their positions, b's new keys follow), from_list (later duplicates win), to_list pairs, Map.collect
fn main() do
  let a = %{1 => "a1", 2 => "a2", 3 => "a3"}
  let b = %{4 => "b4", 2 => "b2"}
  let m = Map.merge(a, b)
  println("${Map.keys(m)}")
  println(String.join(Map.values(m), ","))
  println(String.join(Map.values(a), ","))
  let e :: Map<Int, String> = %{}
  println("${Map.size(Map.merge(e, b))} ${Map.size(Map.merge(a, e))}")
  let f = Map.from_list([(1, 10), (2, 20), (1, 11)])
  println("${f}")
  let pairs = Map.to_list(f)
  let sum = List.reduce(pairs, 0, fn acc, p -> acc + Tuple.first(p) * Tuple.second(p) end)
  println("${sum}")
  let c = Iter.from([("x", 1), ("y", 2), ("x", 3)]) |> Map.collect()
  println(String.join(Map.keys(c), ","))
  println("${Map.values(c)}")
  let doubled = Map.from_list(List.map(Map.to_list(f), fn(p) do
    let (k, v) = p
    (k, v * 2)
  end))
  println("${doubled}")
  let empty_pairs :: List<(Int, Int)> = []
  println("${Map.size(Map.from_list(empty_pairs))} ${List.length(Map.to_list(Map.from_list(empty_pairs)))}")
end
