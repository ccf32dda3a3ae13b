# Closures as messages and spawn targets: a closure capturing a struct and a list is sent to an actor and called there; spawn(fn -> ... end) runs a capturing closure in a new process
struct Rule do
  name :: String
  limit :: Int
end

actor applier(results :: List<String>) do
  receive do
    (label, f, reply_to) ->
      let r = f(10)
      send(reply_to, List.append(results, label <> "=${r}"))
      applier(List.append(results, label <> "=${r}"))
  after 100 -> println("applier idle after ${List.length(results)} closures")
  end
end

actor driver() do
  let rule = Rule { name: "cap", limit: 25 }
  let offsets = [1, 2, 3]
  let a = spawn(applier, [])
  let capped = fn x -> Math.min(x * 3, rule.limit) end
  let summed = fn x -> x + List.reduce(offsets, 0, fn p, q -> p + q end) end
  send(a, ("capped", capped, self()))
  let _ = receive do
    r -> r
  end
  send(a, ("summed", summed, self()))
  let all = receive do
    r -> r
  end
  println("results " <> String.join(all, ", "))
  println("closure still works here: ${capped(5)}")
end

fn main() do
  let greeting = "hi from a spawned closure"
  let n = 3
  let _ = spawn(fn -> println(greeting <> " x${n}") end)
  Timer.sleep(60)
  let _ = spawn(driver)
end
