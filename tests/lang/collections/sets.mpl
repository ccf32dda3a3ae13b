# Set module: new/add/remove/contains/size, union/intersection/difference, from_list/to_list, Display, for over a set
fn sorted(xs :: List<Int>) -> List<Int> = List.sort(xs, fn a, b -> a - b end)

fn main() do
  let s = Set.add(Set.add(Set.add(Set.new(), 1), 2), 3)
  let s = Set.add(s, 2)
  println("${Set.size(s)}")
  println("${Set.contains(s, 2)} ${Set.contains(s, 9)}")
  let t = Set.from_list([3, 4, 5, 4])
  println("${Set.size(t)}")
  println("${sorted(Set.to_list(Set.union(s, t)))}")
  println("${sorted(Set.to_list(Set.intersection(s, t)))}")
  println("${sorted(Set.to_list(Set.difference(s, t)))}")
  let r = Set.remove(s, 1)
  println("${sorted(Set.to_list(r))} ${Set.size(s)}")
  println("${Set.from_list([1, 2])}")
  for x in Set.from_list([7]) do
    println("only ${x}")
  end
  let doubled = for x in Set.from_list([5]) do x * 2 end
  println("${doubled}")
end
