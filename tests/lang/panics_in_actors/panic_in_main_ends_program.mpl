# A panic in main ends the whole program at once with status 1: an actor still sleeping never gets to print, output from before the panic stays
actor sleepy() do
  Timer.sleep(500)
  println("sleepy woke up (never printed)")
end

actor quick() do
  println("quick actor ran")
end

fn main() do
  let _ = spawn(sleepy)
  let _ = spawn(quick)
  Timer.sleep(80)
  println("main about to panic")
  let q = Queue.push(Queue.new(), 1)
  let (a, q2) = Queue.pop(q)
  println("popped ${a}")
  let (b, _) = Queue.pop(q2)
  println("unreachable ${b}")
end
