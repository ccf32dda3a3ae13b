# Map semantics: insertion order kept when a key is replaced, Map.get of a missing key gives the zero value (0, 0.0, false, ""), delete of a missing key is a no-op, merge lets the right side win, equality ignores order
fn main() do
  let m = Map.put(Map.put(Map.put(Map.new(), "x", 1), "y", 2), "z", 3)
  let m = Map.put(m, "x", 10)
  println("${Map.keys(m)} ${Map.values(m)} ${Map.size(m)}")
  let counts :: Map<String, Int> = Map.new()
  let ratios :: Map<String, Float> = Map.new()
  let flags :: Map<Int, Bool> = Map.new()
  let names :: Map<Int, String> = Map.new()
  println("${Map.get(counts, "nope")} ${Map.get(ratios, "nope")} ${Map.get(flags, 1)} [" <> Map.get(names, 1) <> "]")
  let words = ["a", "b", "a", "c", "a", "b"]
  let freq = List.reduce(words, counts, fn acc, w -> Map.put(acc, w, Map.get(acc, w) + 1) end)
  println("${freq}")
  let same = Map.delete(freq, "missing")
  println("${Map.size(same)} ${same == freq}")
  let gone = Map.delete(freq, "a")
  println("${gone} ${Map.has_key(gone, "a")} ${Map.has_key(freq, "a")}")
  let merged = Map.merge(%{"a" => 1, "b" => 2}, %{"b" => 20, "c" => 30})
  println("${merged}")
  let p = %{1 => "one", 2 => "two"}
  let q = Map.put(Map.put(Map.new(), 2, "two"), 1, "one")
  println("${p == q} ${p == Map.put(q, 1, "uno")}")
  println("${Map.from_list([("k", 1), ("j", 2), ("k", 3)])}")
  let order = for {k, v} in Map.put(Map.put(p, 3, "three"), 1, "ONE") do "${k}:" <> v end
  println("${order}")
end
