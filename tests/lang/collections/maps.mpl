# Map module: literals, put (keeps position of replaced keys), get with zero values on miss, delete, keys/values, merge, lists of pairs, Display
fn main() do
  let m = %{1 => 10, 2 => 20}
  println("${m}")
  let m2 = Map.put(m, 3, 30)
  let m3 = Map.put(m2, 1, 11)
  println("${m3}")
  println("${Map.get(m3, 2)} ${Map.get(m3, 99)}")
  println("${Map.has_key(m3, 3)} ${Map.has_key(m3, 4)}")
  println("${Map.size(m3)}")
  let m4 = Map.delete(m3, 2)
  println("${m4} ${Map.size(m4)}")
  println("${Map.keys(m3)} ${Map.values(m3)}")
  let names = %{"b" => "bee", "a" => "ay"}
  println("[" <> Map.get(names, "zzz") <> "]")
  println(String.join(Map.keys(names), ","))
  let counts = Map.put(Map.new(), "x", 1)
  let counts = Map.put(counts, "y", Map.get(counts, "y") + 5)
  let cx = Map.get(counts, "x")
  let cy = Map.get(counts, "y")
  println("${cx} ${cy}")
  let merged = Map.merge(%{1 => 1, 2 => 2}, %{2 => 200, 3 => 300})
  println("${merged}")
  let pairs = Map.to_list(merged)
  println("${List.length(pairs)}")
  let back = Map.from_list([(5, 50), (6, 60)])
  println("${back}")
  let flags = %{"on" => true}
  let off = Map.get(flags, "off")
  println("${off}")
  let fl = %{1 => 1.5}
  println("${Map.get(fl, 2)} ${Map.get(fl, 1)}")
  let empty :: Map<Int, Int> = %{}
  println("${Map.size(empty)} ${empty}")
  println("${m.size()} ${m.get(2)}")
  let words = ["a", "b", "a", "c", "a", "b"]
  let freq = List.reduce(words, Map.new(), fn acc, w -> Map.put(acc, w, Map.get(acc, w) + 1) end)
  println("${Map.values(freq)}")
  let ml = %{
    "k1" => 1,
    "k2" => 2
  }
  println("${Map.size(ml)}")
end
