# Iter is lazy: closures run element by element (map and filter interleaved), only as far as take/find/any/all/skip need, and not at all until a terminal operation runs
fn trace(tag :: String, x :: Int) -> Int do
  println(tag <> " ${x}")
  x
end

fn main() do
  let pipeline = Iter.from([1, 2, 3, 4, 5, 6]) |> Iter.map(fn x -> trace("map", x) * 10 end) |> Iter.filter(fn x -> trace("filter", x) > 15 end)
  println("built")
  let firsts = pipeline |> Iter.take(2) |> List.collect()
  println("${firsts}")
  let found = Iter.find(Iter.map(Iter.from([5, 6, 7, 8]), fn x -> trace("look", x) end), fn x -> x % 2 == 0 end)
  println("${found}")
  let any = Iter.any(Iter.from([1, 2, 3]), fn x -> trace("any", x) == 2 end)
  println("${any}")
  let all = Iter.all(Iter.from([1, 2, 3]), fn x -> trace("all", x) < 2 end)
  println("${all}")
  let skipped = Iter.from([1, 2, 3, 4]) |> Iter.map(fn x -> trace("m", x) end) |> Iter.skip(2) |> Iter.take(1) |> List.collect()
  println("${skipped}")
  let unused = Iter.from([1, 2]) |> Iter.map(fn x -> trace("never", x) end)
  println("not consumed")
  let big = Iter.from(Range.to_list(0..100000)) |> Iter.map(fn x -> x * 2 end) |> Iter.take(3) |> List.collect()
  println("${big}")
end
