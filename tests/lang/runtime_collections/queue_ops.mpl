# Queue: FIFO push/pop/peek/size/is_empty, persistence (old queues are unchanged), 100,000 interleaved pushes and pops
fn show_peek(q :: Queue<String>) -> String do
  case Queue.peek(q) do
    Some(v) -> v
    None -> "-"
  end
end

fn churn(q :: Queue<Int>, i :: Int, acc :: Int) -> Int do
  if i == 100000 do
    acc + Queue.size(q)
  else
    let q2 = Queue.push(Queue.push(q, i), i + 1)
    let (x, q3) = Queue.pop(q2)
    churn(q3, i + 1, acc + x)
  end
end

fn main() do
  let q = Queue.new() |> Queue.push("a") |> Queue.push("b") |> Queue.push("c")
  println("${Queue.size(q)} ${Queue.is_empty(q)} " <> show_peek(q))
  let (x, q2) = Queue.pop(q)
  let (y, q3) = Queue.pop(q2)
  println(x <> y <> " ${Queue.size(q3)} " <> show_peek(q3))
  let (x2, _) = Queue.pop(q)
  println(x2 <> " ${Queue.size(q)}")
  let q4 = Queue.push(q2, "d")
  let q5 = Queue.push(q2, "e")
  let (a, q6) = Queue.pop(q4)
  let (b, q7) = Queue.pop(q6)
  let (c, _) = Queue.pop(q7)
  println(a <> b <> c)
  let (d, r5) = Queue.pop(q5)
  let (e, r6) = Queue.pop(r5)
  let (f, r7) = Queue.pop(r6)
  println(d <> e <> f <> " ${Queue.is_empty(r7)} " <> show_peek(r7))
  println("${churn(Queue.new(), 0, 0)}")
  let e2 :: Queue<String> = Queue.new()
  println(show_peek(e2) <> " ${Queue.size(e2)} ${Queue.is_empty(e2)}")
  let refilled = Queue.push(r7, "z")
  println(show_peek(refilled) <> " ${Queue.size(refilled)}")
end
