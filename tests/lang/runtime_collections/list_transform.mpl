# List.map/filter/reduce/each/reverse with capturing closures; each runs in order for its side effects
fn main() do
  let xs = [1, 2, 3, 4, 5]
  let k = 3
  println("${List.map(xs, fn x -> x * k end)}")
  let labels = List.map(xs, fn x -> "n" <> String.from(x) end)
  println(String.join(labels, ","))
  println("${List.filter(xs, fn x -> x % 2 == 1 end)}")
  println("${List.filter(xs, fn x -> x > 10 end)}")
  println("${List.reduce(xs, 100, fn acc, x -> acc - x end)}")
  println(List.reduce(["a", "b", "c"], "", fn acc, s -> s <> acc end))
  List.each(xs, fn x -> println("each ${x}") end)
  println("${List.reverse(xs)} ${xs}")
  let e :: List<Int> = []
  println("${List.reverse(e)} ${List.map(e, fn x -> x + 1 end)}")
  let nested = List.map([1, 2, 3], fn n -> Range.to_list(0..n) end)
  println("${nested}")
  println("${map(xs, fn x -> x + 1 end)} ${filter(xs, fn x -> x > 3 end)} ${reduce(xs, 0, fn a, x -> a + x end)}")
end
