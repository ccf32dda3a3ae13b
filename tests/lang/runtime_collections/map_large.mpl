# 100,000 Int keys: put, get, has_key, size, delete of every even key, replaced values, insertion order of keys and values
fn fill(m :: Map<Int, Int>, i :: Int, n :: Int) -> Map<Int, Int> do
  if i == n do m else fill(Map.put(m, i, i * i), i + 1, n) end
end

fn drop_even(m :: Map<Int, Int>, i :: Int, n :: Int) -> Map<Int, Int> do
  if i >= n do m else drop_even(Map.delete(m, i), i + 2, n) end
end

fn check(m :: Map<Int, Int>, i :: Int, n :: Int, bad :: Int) -> Int do
  if i == n do
    bad
  else if Map.get(m, i) == i * i do
    check(m, i + 1, n, bad)
  else
    check(m, i + 1, n, bad + 1)
  end
end

fn main() do
  let m = fill(Map.new(), 0, 100000)
  println("${Map.size(m)}")
  println("${check(m, 0, 100000, 0)}")
  println("${Map.get(m, 99999)} ${Map.has_key(m, 100000)} ${Map.get(m, 100000)}")
  let ks = Map.keys(m)
  println("${List.get(ks, 0)} ${List.get(ks, 1)} ${List.get(ks, 50000)} ${List.last(ks)}")
  let odd = drop_even(m, 0, 100000)
  println("${Map.size(odd)} ${Map.has_key(odd, 4)} ${Map.has_key(odd, 5)} ${Map.size(m)}")
  let oks = Map.keys(odd)
  println("${List.get(oks, 0)} ${List.get(oks, 1)} ${List.last(oks)}")
  let replaced = Map.put(odd, 1, -1)
  println("${List.get(Map.values(replaced), 0)} ${List.get(Map.keys(replaced), 0)} ${Map.size(replaced)}")
  let total = List.reduce(Map.values(odd), 0, fn acc, v -> acc + v end)
  println("${total}")
  let refill = fill(odd, 0, 10)
  println("${Map.size(refill)} ${List.get(Map.keys(refill), 49999)} ${List.get(Map.keys(refill), 50000)} ${List.last(Map.keys(refill))}")
end
