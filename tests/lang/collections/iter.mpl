# Iter: lazy map/filter/take/skip/enumerate/zip, terminals count/sum/any/all/find/reduce, collect into List/Map/Set/String
fn main() do
  let xs = [1, 2, 3, 4, 5, 6]
  let evens = Iter.from(xs) |> Iter.filter(fn x -> x % 2 == 0 end) |> Iter.map(fn x -> x * 10 end) |> List.collect()
  println("${evens}")
  println("${Iter.count(Iter.filter(Iter.from(xs), fn x -> x > 2 end))}")
  println("${Iter.sum(Iter.from(xs))}")
  let window = Iter.from(xs)
    |> Iter.skip(2)
    |> Iter.take(3)
    |> List.collect()
  println("${window}")
  let any5 = Iter.any(Iter.from(xs), fn x -> x > 5 end)
  let all5 = Iter.all(Iter.from(xs), fn x -> x > 5 end)
  println("${any5} ${all5}")
  case Iter.find(Iter.from(xs), fn x -> x * x > 10 end) do
    Some(v) -> println("first ${v}")
    None -> println("none")
  end
  case Iter.find(Iter.from(xs), fn x -> x > 100 end) do
    Some(v) -> println("first ${v}")
    None -> println("none")
  end
  println("${Iter.reduce(Iter.from(xs), 0, fn acc, x -> acc + x * x end)}")
  let labels = Iter.from(["a", "b"])
    |> Iter.enumerate()
    |> Iter.map(fn(p) do
      let (i, s) = p
      s <> String.from(i)
    end)
    |> List.collect()
  println("${labels}")
  let zipped = Iter.zip(Iter.from([1, 2, 3]), Iter.from([10, 20]))
    |> Iter.map(fn(p) do
      let (a, b) = p
      a + b
    end)
    |> List.collect()
  println("${zipped}")
  let m = Iter.from([("k1", 1), ("k2", 2)]) |> Map.collect()
  let k2 = Map.get(m, "k2")
  println("${k2} ${Map.size(m)}")
  let s = Iter.from([3, 1, 3, 2]) |> Set.collect()
  println("${Set.size(s)}")
  let text = Iter.from(["me", "sh"]) |> String.collect()
  println(text)
  println("${Iter.count(Iter.from(%{1 => 2, 3 => 4}))}")
  println("${Iter.count(Iter.from(Set.from_list([1, 2, 3])))}")
  let big = List.collect(Iter.map(Iter.from(xs), fn x -> x + 100 end))
  println("${big}")
end
