# Display of collections: lists (strings unquoted, nested, empty), maps in insertion order, sets, tuples, ranges
fn main() do
  println("${[1, 2]}")
  println("${["a", "b"]}")
  let empty :: List<Int> = []
  println("${empty}")
  println("${[[1, 2], [3]]}")
  println("${[(1, "a"), (2, "b")]}")
  let m = Map.put(Map.put(Map.new(), 1, 10), 2, 20)
  println("${m}")
  let m2 = Map.put(Map.put(Map.put(Map.new(), "zeta", 1), "alpha", 2), "mid", 3)
  println("${m2}")
  let m3 = Map.put(m2, "zeta", 9)
  println("${m3}")
  let em :: Map<String, Int> = Map.new()
  println("${em}")
  let s = Set.add(Set.add(Set.add(Set.new(), 1), 2), 1)
  println("${s}")
  println("${(1, "a")}")
  println("${(1, 2.5, true, "x")}")
  println("${0..5}")
  println("${Range.new(3, 7)}")
  println("${%{"k" => [1, 2]}}")
end
