# List module: construction, access, transformation, sorting (stable), searching, zip/enumerate, take/drop, prelude aliases
fn main() do
  let xs = [5, 3, 8, 1]
  let empty :: List<Int> = List.new()
  println("${List.length(xs)} ${List.length(empty)}")
  let ys = List.append(xs, 9)
  println("${ys} ${xs}")
  println("${List.head(xs)} ${List.last(xs)}")
  println("${List.tail(xs)}")
  println("${List.get(xs, 2)} ${List.nth(xs, 0)}")
  println("${List.concat(xs, [0])} ${List.reverse(xs)}")
  println("${List.map(xs, fn x -> x * 10 end)}")
  println("${List.filter(xs, fn x -> x > 2 end)}")
  println("${List.reduce(xs, 0, fn acc, x -> acc + x end)}")
  println("${List.sort(xs, fn a, b -> a - b end)}")
  println("${List.sort(xs, fn a, b -> b - a end)}")
  let words = ["ccc", "a", "bb", "d", "ee"]
  println("${List.sort(words, fn a, b -> String.length(a) - String.length(b) end)}")
  case List.find(xs, fn x -> x > 5 end) do
    Some(v) -> println("found ${v}")
    None -> println("not found")
  end
  case List.find(xs, fn x -> x > 50 end) do
    Some(v) -> println("found ${v}")
    None -> println("not found")
  end
  let any3 = List.any(xs, fn x -> x == 3 end)
  let allpos = List.all(xs, fn x -> x > 0 end)
  println("${any3} ${allpos} ${List.contains(xs, 7)} ${List.contains(xs, 8)}")
  let zipped = List.zip(xs, ["a", "b"])
  let zl = List.map(zipped, fn(p) do
    let (n, s) = p
    s <> String.from(n)
  end)
  println("${zl}")
  println("${List.flat_map([1, 2, 3], fn x -> [x, x] end)}")
  println("${List.flatten([[1], [2, 3], []])}")
  let en = List.map(List.enumerate(["a", "b", "c"]), fn(p) do let (i, s) = p; "${i}:${s}" end)
  println("${en}")
  println("${List.take(xs, 2)} ${List.drop(xs, 2)} ${List.take(xs, 10)} ${List.drop(xs, -1)} ${List.drop(xs, 9)}")
  println("${map([1, 2], fn x -> x + 1 end)} ${filter([1, 2, 3], fn x -> x != 2 end)}")
  println("${reduce([1, 2, 3], 1, fn a, x -> a * x end)} ${head([7, 8])} ${tail([7, 8])}")
  let strs = ["b", "a"] ++ ["c"]
  println("${strs}")
  println("${[[1, 2], [3]]}")
  let long = [
    10,
    20,
    30,
  ]
  println("${List.length(long)}")
  println("${xs.length()} ${xs.reverse()}")
  let eq = [1, 2] == [1, 2]
  println("${eq}")
  println("${List.length(List.append(empty, 1))}")
end
