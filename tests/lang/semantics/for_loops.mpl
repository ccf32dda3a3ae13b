# for loops are expressions yielding lists: `when` filters, continue skips, break keeps the list so far, nested loops, map entries in insertion order, sets, empty ranges
fn main() do
  let squares = for x in [1, 2, 3, 4] do x * x end
  println("${squares}")
  let odds = for i in 0..10 when i % 2 == 1 do i end
  println("${odds}")
  let skipped = for i in 0..8 do
    if i % 3 == 0 do
      continue
    end
    i * 10
  end
  println("${skipped}")
  let until = for w in ["a", "b", "stop", "c"] do
    if w == "stop" do
      break
    end
    String.to_upper(w)
  end
  println("${until}")
  let both = for i in 1..20 when i % 2 == 0 do
    if i > 9 do
      break
    end
    if i == 4 do
      continue
    end
    i
  end
  println("${both}")
  let grid = for r in 0..3 do
    for c in 0..3 when c >= r do "${r}${c}" end
  end
  println("${grid}")
  let m = %{"z" => 26, "a" => 1, "m" => 13}
  let entries = for {k, v} in m when v > 5 do k <> "=" <> "${v}" end
  println("${entries}")
  let total = List.reduce(for {_, v} in m do v end, 0, fn a, b -> a + b end)
  println("${total}")
  let from_set = for x in Set.from_list([7]) do x + 1 end
  println("${from_set}")
  let empty = for i in 5..5 do i end
  let backwards = for i in 5..2 do i end
  println("${empty} ${backwards} ${List.length(empty)}")
  let first_break = for i in 0..3 do
    break
    i
  end
  println("${first_break}")
  let n = 3
  println("${for i in 0..n + 1 do i end}")
  for i in [1, 2] do
    println("side effect ${i}")
  end
end
