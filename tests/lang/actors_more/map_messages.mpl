# Map messages: Map<String, List<Int>> sent to an actor that merges them into its state; insertion order survives the copy
actor merger(state :: Map<String, List<Int>>) do
  receive do
    ("add", m, _) -> merger(merge_in(state, m))
    ("dump", _, reply_to) ->
      send(reply_to, state)
      merger(state)
    _ -> merger(state)
  after 100 -> println("merger idle with ${Map.size(state)} keys")
  end
end

fn merge_in(state :: Map<String, List<Int>>, m :: Map<String, List<Int>>) -> Map<String, List<Int>> do
  List.reduce(Map.keys(m), state, fn acc, k ->
    if Map.has_key(acc, k) do
      Map.put(acc, k, Map.get(acc, k) ++ Map.get(m, k))
    else
      Map.put(acc, k, Map.get(m, k))
    end
  end)
end

actor driver() do
  let mg = spawn(merger, %{})
  let first = %{"zeta" => [1], "alpha" => [2, 3]}
  send(mg, ("add", first, self()))
  send(mg, ("add", %{"alpha" => [4], "mid" => []}, self()))
  send(mg, ("dump", %{}, self()))
  receive do
    m ->
      for {k, v} in m do
        println(k <> " -> ${v}")
      end
      println("keys ${Map.keys(m)}")
  end
  println("first unchanged: ${Map.get(first, "alpha")} size ${Map.size(first)}")
end

fn main() do
  let _ = spawn(driver)
end
