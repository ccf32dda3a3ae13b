# Iter laziness: map/filter closures run only when elements are pulled, one element at a time; take, find and any stop pulling early
fn main() do
  let xs = [1, 2, 3, 4, 5]
  let firsts = Iter.from(xs)
    |> Iter.map(fn(x) do
      println("map ${x}")
      x * 10
    end)
    |> Iter.take(2)
    |> List.collect()
  println("${firsts}")
  let it = Iter.from(xs) |> Iter.map(fn(x) do
      println("square ${x}")
      x * x
    end) |> Iter.filter(fn(x) do
      println("test ${x}")
      x > 5
    end)
  println("built")
  println("${Iter.count(it)}")
  let found = Iter.from(xs) |> Iter.map(fn(x) do
      println("look ${x}")
      x
    end) |> Iter.find(fn x -> x == 2 end)
  case found do
    Some(v) -> println("found ${v}")
    None -> println("none")
  end
  let big = Iter.from(xs) |> Iter.map(fn(x) do
      println("any ${x}")
      x
    end) |> Iter.any(fn x -> x > 1 end)
  println("${big}")
  let skipped = Iter.from(xs) |> Iter.map(fn(x) do
      println("pull ${x}")
      x
    end) |> Iter.skip(3) |> Iter.take(1) |> List.collect()
  println("${skipped}")
  let unused = Iter.from(xs) |> Iter.map(fn(x) do
      println("never ${x}")
      x
    end)
  let taken0 = Iter.take(unused, 0) |> List.collect()
  println("done ${List.length(taken0)}")
end
