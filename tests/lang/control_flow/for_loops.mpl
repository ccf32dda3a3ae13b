# for loops: ranges, lists, maps with {k, v}, sets, `when` filters, for as an expression, nesting, continue and break
fn main() do
  for i in 0..3 do
    println("i=${i}")
  end
  let squares = for x in [1, 2, 3, 4] do x * x end
  println("${squares}")
  let m = %{"a" => 5, "b" => 15, "c" => 25}
  let big = for {k, v} in m when v > 10 do k end
  println("${big}")
  for {k, v} in m do
    println(k <> "=" <> String.from(v))
  end
  let odds = for n in 0..10 when n % 2 == 1 do n end
  println("${odds}")
  let skipped = for n in [1, 2, 3, 4, 5] do
    if n == 3 do
      continue
    end
    n * 100
  end
  println("${skipped}")
  let partial = for n in 0..100 do
    if n == 4 do
      break
    end
    n
  end
  println("${partial}")
  let empty = for n in 5..2 do n end
  println("${empty}")
  let total = List.reduce(for x in 1..101 do x end, 0, fn a, b -> a + b end)
  println("${total}")
  let grid = for r in 0..2 do
    for c in 0..3 do r * 10 + c end
  end
  println("${grid}")
  let hs = for x in Set.from_list([4]) do x + 1 end
  println("${hs}")
  let limit = 3
  for w in ["x", "yy", "zzz", "wwww"] when String.length(w) < limit do
    println("short " <> w)
  end
  let words = for {k, v} in %{1 => "one", 2 => "two"} do "${k}:" <> v end
  println(String.join(words, " "))
end
