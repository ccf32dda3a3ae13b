# Multi-clause closures `fn p1 -> e1 | p2 -> e2 end`, with literal, constructor and guarded clauses
fn main() do
  let name = fn 0 -> "zero" | 1 -> "one" | n -> "many(${n})" end
  let abs = fn n when n < 0 -> 0 - n | n -> n end
  let opt = fn Some(x) -> x | None -> -1 end
  let cls = fn n when n > 0 -> "pos" | 0 -> "zero" | _ -> "neg" end
  println(name(0))
  println(name(1))
  println(name(5))
  println("${abs(-8)} ${abs(3)}")
  println("${opt(Some(4))} ${opt(None)}")
  let labels = List.map([0, 1, 2], name)
  println("${labels}")
  println("${List.map([3, 0, -3], cls)}")
  let total = List.reduce([-1, -2, 3], 0, fn acc, x -> acc + abs(x) end)
  println("${total}")
end
