# Queue (push/pop/peek/size/is_empty), Range (new/to_list/length/map/filter, Range type) and Tuple (first/second/nth/size)
fn drain(q, acc :: List<Int>) -> List<Int> do
  if Queue.is_empty(q) do
    acc
  else
    let (x, rest) = Queue.pop(q)
    drain(rest, List.append(acc, x))
  end
end

fn span(r :: Range) -> Int = Range.length(r)

fn main() do
  let q = Queue.push(Queue.push(Queue.push(Queue.new(), 1), 2), 3)
  let _ = Queue.peek(q)
  println("${Queue.size(q)} ${Queue.is_empty(q)}")
  let (first, q2) = Queue.pop(q)
  println("${first} ${Queue.size(q2)} ${Queue.is_empty(q2)}")
  println("${drain(q, [])}")
  println("${drain(Queue.push(q2, 4), [])}")
  println("${Queue.is_empty(Queue.new())}")
  let r = Range.new(2, 6)
  println("${Range.to_list(r)} ${Range.length(r)} ${span(0..10)}")
  println("${Range.map(r, fn x -> x * x end)}")
  println("${Range.filter(0..10, fn x -> x % 3 == 0 end)}")
  println("${Range.to_list(5..5)} ${Range.length(7..3)}")
  let t = (1, 2, 3)
  println("${Tuple.first(t)} ${Tuple.second(t)} ${Tuple.nth(t, 2)} ${Tuple.size(t)}")
  let pair = ("x", 9)
  let (label, n) = pair
  println(label <> String.from(n))
  println("${Tuple.size(pair)}")
end
