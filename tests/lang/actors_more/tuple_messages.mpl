# Tuple messages: triples with a nested pair and a list, matched with literal sub-patterns; a second actor receives (Int, String, Bool) triples
actor calc(handled :: Int) do
  receive do
    ("sum", _, xs) ->
      println("sum ${List.reduce(xs, 0, fn a, b -> a + b end)}")
      calc(handled + 1)
    ("swap", (a, b), _) ->
      println("swapped (${b}, ${a})")
      calc(handled + 1)
    ("scale", (k, _), xs) ->
      println("scaled ${List.map(xs, fn x -> x * k end)}")
      calc(handled + 1)
    ("stop", _, _) -> println("calc handled ${handled}")
    (other, _, _) ->
      println("unknown " <> other)
      calc(handled + 1)
  end
end

actor flags(trues :: Int, falses :: Int) do
  receive do
    (0, _, _) -> println("flags: ${trues} true, ${falses} false")
    (n, label, true) ->
      println("${n} " <> label <> " on")
      flags(trues + 1, falses)
    (n, label, false) ->
      println("${n} " <> label <> " off")
      flags(trues, falses + 1)
  end
end

actor driver() do
  let c = spawn(calc, 0)
  send(c, ("sum", (0, 0), [1, 2, 3, 4]))
  send(c, ("swap", (1, 2), []))
  send(c, ("scale", (3, 0), [1, 2]))
  send(c, ("fly", (0, 0), []))
  send(c, ("stop", (0, 0), []))
  Timer.sleep(100)
  let f = spawn(flags, 0, 0)
  send(f, (1, "lamp", true))
  send(f, (2, "fan", false))
  send(f, (3, "heater", true))
  send(f, (0, "", false))
end

fn main() do
  let _ = spawn(driver)
end
