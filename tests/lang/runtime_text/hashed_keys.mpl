# Hashing consistent with equality: struct, tuple, list and string keys built separately find the same map entry
struct Key do
  name :: String
  n :: Int
end

fn main() do
  let m = Map.put(Map.new(), Key { name: "a" <> "b", n: 1 }, "first")
  let m = Map.put(m, Key { name: "ab", n: 2 }, "second")
  let m = Map.put(m, Key { name: "ab", n: 1 }, "replaced")
  println("${Map.size(m)}")
  println(Map.get(m, Key { name: "ab", n: 1 }))
  let t = Map.put(Map.put(Map.new(), (1, "x"), 10), (1, "y"), 20)
  println("${Map.get(t, (1, "x"))} ${Map.get(t, (1, "y"))} ${Map.has_key(t, (2, "x"))}")
  let l = Map.put(Map.new(), [1, 2, 3], "list")
  println(Map.get(l, List.append([1, 2], 3)))
  let f = Map.put(Map.new(), 0.0, "zero")
  println(Map.get(f, -0.0))
  let s = Set.add(Set.add(Set.add(Set.new(), "x" <> "y"), "xy"), "z")
  println("${Set.size(s)} ${s}")
end
