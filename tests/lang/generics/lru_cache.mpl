# Generic struct Cache<K, V> holding a Map<K, V> and a List<K>: struct updates inside generic functions, hits/misses tuples, used at (String, Int) and (Int, List<String>)
struct Cache<K, V> do
  entries :: Map<K, V>
  order :: List<K>
  capacity :: Int
  hits :: Int
  misses :: Int
end

fn new_cache<K, V>(capacity :: Int) -> Cache<K, V> do
  Cache { entries: Map.new(), order: [], capacity: capacity, hits: 0, misses: 0 }
end

fn touch<K: Eq>(order :: List<K>, k :: K) -> List<K> do
  List.append(List.filter(order, fn x -> x != k end), k)
end

fn put<K: Eq, V>(c :: Cache<K, V>, k :: K, v :: V) -> Cache<K, V> do
  let c1 = %{c | entries: Map.put(c.entries, k, v), order: touch(c.order, k)}
  if List.length(c1.order) > c1.capacity do
    evict(c1)
  else
    c1
  end
end

fn evict<K, V>(c :: Cache<K, V>) -> Cache<K, V> do
  let oldest = List.head(c.order)
  %{c | entries: Map.delete(c.entries, oldest), order: List.drop(c.order, 1)}
end

fn get<K: Eq, V>(c :: Cache<K, V>, k :: K) -> (Option<V>, Cache<K, V>) do
  if Map.has_key(c.entries, k) do
    (Some(Map.get(c.entries, k)), %{c | hits: c.hits + 1, order: touch(c.order, k)})
  else
    (None, %{c | misses: c.misses + 1})
  end
end

fn fetch<K: Eq, V>(c :: Cache<K, V>, k :: K, compute :: Fun(K) -> V) -> (V, Cache<K, V>) do
  case get(c, k) do
    (Some(v), c2) -> (v, c2)
    (None, c2) -> fetch_missing(c2, k, compute)
  end
end

fn fetch_missing<K: Eq, V>(c :: Cache<K, V>, k :: K, compute :: Fun(K) -> V) -> (V, Cache<K, V>) do
  let v = compute(k)
  (v, put(c, k, v))
end

fn stats<K: Display, V>(c :: Cache<K, V>) -> String = "hits ${c.hits} misses ${c.misses} keys ${c.order}"

fn main() do
  let lengths = List.reduce(["alpha", "be", "alpha", "gamma", "delta", "be", "alpha"], new_cache(2), fn c, w -> fetch(c, w, String.length) |> second() end)
  println(stats(lengths))
  let c = new_cache(3)
  let c = put(c, 1, ["one"])
  let c = put(c, 2, ["two", "deux"])
  let c = put(c, 3, [])
  let (v1, c) = get(c, 1)
  let c = put(c, 4, ["four"])
  let (v2, c) = get(c, 2)
  let (v4, c) = get(c, 4)
  println("${show(v1)} ${show(v2)} ${show(v4)}")
  println(stats(c))
  let (computed, c) = fetch(c, 10, fn n -> ["n${n}"] end)
  println("${computed} " <> stats(c))
end

fn second<A, B>(p :: (A, B)) -> B do
  let (_, b) = p
  b
end

fn show(o :: Option<List<String>>) -> String do
  case o do
    Some(xs) -> "${xs}"
    None -> "miss"
  end
end
