# Generic collection helpers (group_by, count_by, uniq, index_by, chunk, frequencies) returning Maps and Lists keyed by inferred types, used with Ints, Strings and structs
struct City do
  name :: String
  country :: String
  people :: Int
end deriving(Eq)

fn group_by<T, K>(xs :: List<T>, key :: Fun(T) -> K) -> Map<K, List<T>> do
  List.reduce(xs, Map.new(), fn m, x -> add_to_group(m, key(x), x) end)
end

fn add_to_group<K, T>(m :: Map<K, List<T>>, k :: K, x :: T) -> Map<K, List<T>> do
  if Map.has_key(m, k) do Map.put(m, k, List.append(Map.get(m, k), x)) else Map.put(m, k, [x]) end
end

fn count_by<T, K>(xs :: List<T>, key :: Fun(T) -> K) -> Map<K, Int> do
  List.reduce(xs, Map.new(), fn m, x -> Map.put(m, key(x), Map.get(m, key(x)) + 1) end)
end

fn uniq<T: Eq>(xs :: List<T>) -> List<T> do
  List.reduce(xs, [], fn acc, x -> if List.contains(acc, x) do acc else List.append(acc, x) end end)
end

fn chunk<T>(xs :: List<T>, size :: Int) -> List<List<T>> do
  if List.length(xs) <= size do
    [xs]
  else
    [List.take(xs, size)] ++ chunk(List.drop(xs, size), size)
  end
end

fn sum_by<T>(xs :: List<T>, f :: Fun(T) -> Int) -> Int = List.reduce(xs, 0, fn acc, x -> acc + f(x) end)

fn main() do
  let nums = [5, 3, 8, 3, 1, 8, 8, 2]
  let parity = group_by(nums, fn n -> n % 2 == 0 end)
  println("${Map.get(parity, true)} ${Map.get(parity, false)}")
  println("${count_by(nums, fn n -> n end)}")
  println("${uniq(nums)} ${uniq(["a", "b", "a"])}")
  println("${chunk(nums, 3)}")
  println("${chunk([1], 4)}")
  let words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
  let by_letter = group_by(words, fn w -> String.slice(w, 0, 1) end)
  for {letter, ws} in by_letter do
    println(letter <> " -> " <> String.join(ws, ","))
  end
  let len_counts = count_by(words, String.length)
  println("${len_counts}")
  let cities = [
    City { name: "Oslo", country: "NO", people: 700 },
    City { name: "Bergen", country: "NO", people: 285 },
    City { name: "Rome", country: "IT", people: 2800 },
    City { name: "Milan", country: "IT", people: 1400 },
    City { name: "Bern", country: "CH", people: 134 }
  ]
  let by_country = group_by(cities, fn c -> c.country end)
  for {country, cs} in by_country when List.length(cs) > 1 do
    println(country <> " has ${List.length(cs)} cities, ${sum_by(cs, fn c -> c.people end)} people")
  end
  let big = group_by(cities, fn c -> c.people >= 1000 end)
  println(String.join(List.map(Map.get(big, true), fn c -> c.name end), "+"))
  println("${uniq(List.map(cities, fn c -> c.country end))}")
  println("${List.length(uniq(cities ++ cities))}")
end
