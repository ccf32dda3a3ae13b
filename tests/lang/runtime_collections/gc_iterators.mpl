# Lazy iterator chains over 200,000 elements whose closures allocate (collections run mid-pull); zip and enumerate of mapped iterators; Map.collect
fn main() do
  let strs = Iter.from(0..200000)
    |> Iter.map(fn i -> "s" <> String.from(i) end)
    |> Iter.filter(fn s -> String.length(s) > 5 end)
    |> Iter.enumerate()
    |> Iter.map(fn(p) do
      let (i, s) = p
      s <> "#" <> String.from(i)
    end)
    |> List.collect()
  println("${List.length(strs)} " <> List.get(strs, 0) <> " " <> List.last(strs))
  let a = Iter.from(0..150000) |> Iter.map(fn i -> [i, i + 1] end)
  let b = Iter.from(0..200000) |> Iter.map(fn i -> "b" <> String.from(i) end)
  let total = Iter.zip(a, b) |> Iter.reduce(0, fn(acc, p) do
      let (l, s) = p
      acc + List.get(l, 1) + String.length(s)
    end)
  println("${total}")
  let m = Iter.from(0..50000) |> Iter.map(fn i -> ("k" <> String.from(i % 20000), i) end) |> Map.collect()
  let probe = "k" <> String.from(19999)
  println("${Map.size(m)} ${Map.get(m, probe)} " <> List.get(Map.keys(m), 0))
  let words = List.map(Range.to_list(0..100000), fn i -> "w" <> String.from(i) end)
  let long = Iter.from(words) |> Iter.map(fn w -> w <> w end) |> Iter.filter(fn w -> String.length(w) > 10 end) |> Iter.count()
  println("${long}")
  let texts = Iter.from(m) |> Iter.map(fn(p) do
      let (k, v) = p
      k <> "=" <> String.from(v)
    end) |> List.collect()
  println("${List.length(texts)} " <> List.get(texts, 0) <> " " <> List.last(texts))
end
