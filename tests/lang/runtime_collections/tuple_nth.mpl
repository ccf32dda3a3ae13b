# Tuple.nth on tuples of strings and ints (literal indices), Tuple.first/second/size, also as function values
fn main() do
  let t = ("a", "b", "c")
  let parts = [Tuple.nth(t, 0), Tuple.nth(t, 1), Tuple.nth(t, 2)]
  println(String.join(parts, "-"))
  let n = (10, 20)
  println("${Tuple.nth(n, 0) + Tuple.nth(n, 1)} ${Tuple.size(n)} ${Tuple.size(t)}")
  println(Tuple.first(t) <> Tuple.second(t))
  let pairs = [(1, "x"), (2, "y")]
  let firsts = List.map(pairs, Tuple.first)
  let seconds = List.map(pairs, Tuple.second)
  let sizes = List.map(pairs, Tuple.size)
  println("${firsts} " <> String.join(seconds, "") <> " ${sizes}")
end
