# Set algebra on Int and String sets (checked via sorted lists and sizes), Queue FIFO order with interleaved push/pop/peek, Range end-exclusive semantics, empty and negative ranges
fn sorted(xs :: List<Int>) -> List<Int> = List.sort(xs, fn a, b -> a - b end)

fn sorted_s(xs :: List<String>) -> List<String> = List.sort(xs, fn a, b -> if a < b do -1 else if a > b do 1 else 0 end end)

fn drain(q, acc :: List<Int>) -> List<Int> do
  if Queue.is_empty(q) do
    acc
  else
    let (x, rest) = Queue.pop(q)
    drain(rest, List.append(acc, x))
  end
end

fn main() do
  let evens = Set.from_list([0, 2, 4, 6, 8, 10])
  let threes = Set.from_list([0, 3, 6, 9])
  println("${sorted(Set.to_list(Set.union(evens, threes)))}")
  println("${sorted(Set.to_list(Set.intersection(evens, threes)))}")
  println("${sorted(Set.to_list(Set.difference(evens, threes)))} ${sorted(Set.to_list(Set.difference(threes, evens)))}")
  println("${Set.size(Set.union(evens, evens))} ${Set.contains(evens, 4)} ${Set.contains(Set.remove(evens, 4), 4)} ${Set.size(evens)}")
  let words = Set.from_list(["pear", "apple", "fig", "apple"])
  let more = Set.add(Set.add(words, "kiwi"), "fig")
  println("${Set.size(words)} ${Set.size(more)} ${sorted_s(Set.to_list(more))}")
  println("${Set.size(Set.intersection(words, Set.from_list(["fig", "plum"])))}")
  let dedup = Iter.from([5, 1, 5, 2, 1]) |> Set.collect()
  println("${sorted(Set.to_list(dedup))} ${Set.from_list([1, 2]) == Set.from_list([2, 1])}")
  let q = Queue.push(Queue.push(Queue.new(), 1), 2)
  let (a, q) = Queue.pop(q)
  let q = Queue.push(Queue.push(q, 3), 4)
  println("${a} ${Queue.peek(q)} ${Queue.size(q)} ${drain(q, [])}")
  let (b, q2) = Queue.pop(q)
  println("${b} ${drain(Queue.push(q2, 5), [])} ${Queue.size(q)}")
  println("${Range.to_list(-3..2)} ${Range.length(-3..2)} ${Range.to_list(3..3)} ${Range.length(4..1)}")
  println("${Range.map(1..4, fn x -> x * x end)} ${Range.filter(0..20, fn x -> x % 7 == 0 end)}")
  let total = List.reduce(Range.to_list(1..101), 0, fn acc, x -> acc + x end)
  println("${total}")
end
