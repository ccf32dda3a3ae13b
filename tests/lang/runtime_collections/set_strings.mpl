# Sets of strings: duplicates ignored by content, contains/remove, insertion order of to_list, union/intersection/difference, from_list, collect, for
fn show(s :: Set<String>) -> String = String.join(Set.to_list(s), ",")

fn main() do
  let s = Set.new() |> Set.add("pear") |> Set.add("apple") |> Set.add("pear") |> Set.add("fig")
  println("${Set.size(s)} " <> show(s))
  let probe = "app" <> "le"
  let grape = "grape"
  println("${Set.contains(s, probe)} ${Set.contains(s, grape)}")
  let r = Set.remove(s, "pear")
  println(show(r) <> " | " <> show(s))
  let t = Set.from_list(["fig", "kiwi", "apple", "kiwi"])
  println(show(t))
  println(show(Set.union(s, t)))
  println(show(Set.intersection(s, t)))
  println(show(Set.difference(s, t)))
  println(show(Set.difference(t, s)))
  let c = Iter.from(["b", "a", "b", "c", "a"]) |> Set.collect()
  println("${Set.size(c)} " <> show(c))
  let lens = for w in t do String.length(w) end
  println("${lens}")
  let e :: Set<String> = Set.new()
  println("${Set.size(Set.union(e, e))} ${Set.size(Set.intersection(s, e))} ${Set.size(Set.remove(e, probe))}")
  println("${Set.from_list([3, 1, 2, 1])}")
end
