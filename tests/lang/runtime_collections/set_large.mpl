# A set of 100,000 Ints built from 200,000 adds with duplicates; size, contains, remove, union/intersection/difference sizes, order
fn fill(s :: Set<Int>, i :: Int) -> Set<Int> do
  if i == 200000 do s else fill(Set.add(s, i % 100000), i + 1) end
end

fn main() do
  let s = fill(Set.new(), 0)
  println("${Set.size(s)}")
  println("${Set.contains(s, 0)} ${Set.contains(s, 99999)} ${Set.contains(s, 100000)} ${Set.contains(s, -1)}")
  let evens = Set.from_list(Range.filter(0..200000, fn x -> x % 2 == 0 end))
  println("${Set.size(evens)}")
  println("${Set.size(Set.intersection(s, evens))} ${Set.size(Set.union(s, evens))} ${Set.size(Set.difference(s, evens))}")
  let r = Set.remove(Set.remove(s, 5), 5)
  println("${Set.size(r)} ${Set.contains(r, 5)} ${Set.contains(s, 5)}")
  let l = Set.to_list(s)
  println("${List.get(l, 0)} ${List.get(l, 12345)} ${List.last(l)}")
end
