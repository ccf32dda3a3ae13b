# An Iter value is immutable: it can be consumed more than once and shared by derived iterators; for loops over Iter values
fn main() do
  let it = Iter.from([1, 2, 3, 4]) |> Iter.map(fn x -> x * 2 end)
  println("${Iter.sum(it)} ${Iter.count(it)} ${List.collect(it)}")
  let quads = Iter.filter(it, fn x -> x % 4 == 0 end)
  println("${List.collect(quads)} ${List.collect(it)}")
  let its = [Iter.from([1]), Iter.from([2, 3])]
  let counts = List.map(its, fn i -> Iter.count(i) end)
  println("${counts}")
  let plus = for x in it do x + 1 end
  println("${plus}")
  let pairs = Iter.zip(it, it) |> Iter.map(fn(p) do
      let (a, b) = p
      a + b
    end) |> List.collect()
  println("${pairs}")
end
