# receive with patterns and guards: literal strings, guards using and/or and function calls, or-patterns, `as` aliases, first matching arm wins
fn is_even(n :: Int) -> Bool = n % 2 == 0

actor dispatcher(count :: Int) do
  receive do
    ("quit", _) -> println("dispatcher saw ${count} commands")
    ("add", n) when n > 100 and is_even(n) ->
      println("big even add ${n}")
      dispatcher(count + 1)
    ("add", n) when n > 100 or n < -100 ->
      println("big add ${n}")
      dispatcher(count + 1)
    ("add", n) ->
      println("add ${n}")
      dispatcher(count + 1)
    ("sub", n) | ("minus", n) ->
      println("subtract ${n}")
      dispatcher(count + 1)
    (cmd, 0) as whole when String.length(cmd) > 5 ->
      let (c, z) = whole
      println("long command " <> c <> " with ${z}")
      dispatcher(count + 1)
    (cmd, n) ->
      println("other " <> cmd <> " ${n}")
      dispatcher(count + 1)
  end
end

fn main() do
  let d = spawn(dispatcher, 0)
  send(d, ("add", 200))
  send(d, ("add", 201))
  send(d, ("add", -500))
  send(d, ("add", 7))
  send(d, ("sub", 3))
  send(d, ("minus", 4))
  send(d, ("restart", 0))
  send(d, ("restart", 1))
  send(d, ("go", 0))
  send(d, ("quit", 0))
end
