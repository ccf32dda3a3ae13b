# Large split/join/chars/replace results stay intact while the collector runs during their construction
fn main() do
  let unit = "ab,cdé,"
  let big = String.repeat(unit, 100000)
  let parts = String.split(big, ",")
  println("${List.length(parts)}")
  println("${List.get(parts, 0)} ${List.get(parts, 99999)} [${List.last(parts)}]")
  let back = String.join(parts, ",")
  println("${back == big}")
  let cs = String.chars(String.slice(big, 0, 70000))
  println("${List.length(cs)} ${List.get(cs, 5)} ${List.get(cs, 69999)}")
  let rounds = List.map(Range.to_list(0..2000), fn i -> String.split(String.repeat("x-", 50) <> "${i}", "-") end)
  let lens = List.map(rounds, fn p -> List.length(p) end)
  println("${List.reduce(lens, 0, fn a, b -> a + b end)} ${List.last(List.last(rounds))}")
  println("${String.length(String.replace(big, "é", "ee"))}")
end
