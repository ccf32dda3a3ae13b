# Iter terminals count, sum (Int and Float), any, all, find, reduce; sources list, range, map ((K, V) tuples in order), set; enumerate, zip, skip, take
fn main() do
  let xs = [3, 1, 4, 1, 5, 9, 2, 6]
  println("${Iter.count(Iter.from(xs))} ${Iter.sum(Iter.from(xs))}")
  println("${Iter.sum(Iter.from([1.5, 2.25, 0.25]))}")
  println("${Iter.any(Iter.from(xs), fn x -> x > 8 end)} ${Iter.all(Iter.from(xs), fn x -> x > 0 end)} ${Iter.all(Iter.from(xs), fn x -> x > 1 end)}")
  let f = Iter.find(Iter.from(xs) |> Iter.skip(3), fn x -> x % 2 == 1 end)
  case f do
    Some(v) -> println("odd ${v}")
    None -> println("none")
  end
  println("${Iter.reduce(Iter.from(xs), 0, fn acc, x -> acc * 10 + x end)}")
  let m = %{"a" => 1, "b" => 2, "c" => 3}
  let total = Iter.from(m) |> Iter.map(fn(p) do
      let (_, v) = p
      v
    end) |> Iter.sum()
  println("${total}")
  let keys = Iter.from(m) |> Iter.map(fn p -> Tuple.first(p) end) |> List.collect()
  println(String.join(keys, ""))
  println("${Iter.count(Iter.from(Set.from_list([1, 2, 2, 3])))}")
  let en = Iter.from(["x", "y"]) |> Iter.enumerate() |> Iter.map(fn(p) do
      let (i, s) = p
      s <> String.from(i)
    end) |> List.collect()
  println(String.join(en, " "))
  let z = Iter.zip(Iter.from(1..4), Iter.from([10, 20, 30, 40, 50])) |> Iter.map(fn(p) do
      let (a, b) = p
      a * b
    end) |> List.collect()
  println("${z}")
  println("${Iter.sum(Iter.from(0..100000))}")
  println("${Iter.count(Iter.from(xs) |> Iter.take(0))} ${Iter.count(Iter.from(xs) |> Iter.skip(100))} ${Iter.count(Iter.from(xs) |> Iter.take(100))}")
  let e :: List<Int> = []
  println("${Iter.sum(Iter.from(e))} ${Iter.any(Iter.from(e), fn x -> x > 0 end)} ${Iter.all(Iter.from(e), fn x -> x > 0 end)}")
  let evens = Iter.from(0..10) |> Iter.filter(fn x -> x % 2 == 0 end) |> Iter.map(fn x -> x * x end) |> List.collect()
  println("${evens}")
end
