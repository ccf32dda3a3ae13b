# Map and Set keys with user Eq/Hash impls (case-insensitive names whose hash is the length): equal hashes share collision buckets
struct Name do
  s :: String
end deriving()

impl Eq for Name do
  fn eq(self, other :: Name) -> Bool do
    String.to_lower(self.s) == String.to_lower(other.s)
  end
end

impl Hash for Name do
  fn hash(self) -> Int do
    String.length(self.s)
  end
end

fn fill(m :: Map<Name, Int>, i :: Int) -> Map<Name, Int> do
  if i == 600 do m else fill(Map.put(m, Name { s: "n" <> String.from(i) }, i), i + 1) end
end

fn main() do
  let m = Map.put(Map.put(Map.new(), Name { s: "Ann" }, 1), Name { s: "Bob" }, 2)
  let m = Map.put(m, Name { s: "ANN" }, 10)
  println("${Map.size(m)} ${Map.get(m, Name { s: "aNN" })} ${Map.get(m, Name { s: "bob" })} ${Map.has_key(m, Name { s: "Cy" })}")
  let keys = List.map(Map.keys(m), fn(k :: Name) -> k.s end)
  println(String.join(keys, ","))
  let big = fill(Map.new(), 0)
  println("${Map.size(big)} ${Map.get(big, Name { s: "N599" })} ${Map.get(big, Name { s: "n42" })} ${Map.has_key(big, Name { s: "n600" })}")
  let smaller = Map.delete(Map.delete(big, Name { s: "N7" }), Name { s: "n77" })
  println("${Map.size(smaller)} ${Map.has_key(smaller, Name { s: "n7" })} ${Map.has_key(smaller, Name { s: "n8" })} ${Map.get(smaller, Name { s: "n555" })}")
  let s = Set.from_list([Name { s: "x" }, Name { s: "X" }, Name { s: "y" }, Name { s: "yy" }])
  println("${Set.size(s)} ${Set.contains(s, Name { s: "Y" })} ${Set.contains(s, Name { s: "z" })}")
end
