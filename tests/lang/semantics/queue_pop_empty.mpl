# Queue.pop on an empty queue panics (LANGUAGE.md 5.5): a queue is drained in FIFO order, then one pop too many exits with status 1
fn main() do
  let q = Queue.push(Queue.push(Queue.new(), "a"), "b")
  let (x, q1) = Queue.pop(q)
  println(x)
  let (y, q2) = Queue.pop(q1)
  println(y)
  println("${Queue.is_empty(q2)}")
  let (z, _) = Queue.pop(q2)
  println("unreachable " <> z)
end
