# Map Display follows insertion order: replaced keys keep their place, deleted-then-added keys move to the end, merge keeps the left map's order; keys/values/to_list/from_list; small sets
fn main() do
  let m = %{"b" => 2, "a" => 1, "c" => 3}
  println("${m}")
  let m2 = Map.put(m, "a", 100)
  println("${m2}")
  let m3 = Map.put(Map.delete(m2, "b"), "b", 20)
  println("${m3}")
  let merged = Map.merge(m, %{"c" => 30, "d" => 4})
  println("${merged}")
  println("${Map.keys(merged)} ${Map.values(merged)}")
  println("${Map.to_list(m3)}")
  println("${Map.from_list([(3, "x"), (1, "y"), (3, "z")])}")
  let s = Set.add(Set.add(Set.add(Set.new(), 10), 20), 10)
  println("${s} ${Set.size(s)}")
  println("${Set.from_list(["x", "y"])}")
  let big = List.reduce(Range.to_list(0..12), Map.new(), fn acc, i -> Map.put(acc, i * 7 % 12, i) end)
  println("${big}")
  let emptied = Map.delete(Map.delete(%{"k" => 1, "j" => 2}, "k"), "j")
  println("${emptied} ${Map.size(emptied)}")
end
