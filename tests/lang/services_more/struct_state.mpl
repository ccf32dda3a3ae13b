# Service whose state is a struct with nested struct, list and map fields; casts and calls update it with struct update; two instances stay independent
struct Stats do
  hits :: Int
  misses :: Int
end

struct Cache do
  name :: String
  entries :: Map<String, Int>
  order :: List<String>
  stats :: Stats
  capacity :: Int
end

service LruCache do
  fn init(name :: String, capacity :: Int) -> Cache do
    Cache { name: name, entries: %{}, order: [], stats: Stats { hits: 0, misses: 0 }, capacity: capacity }
  end
  cast Put(key :: String, value :: Int) do |c|
    let order = List.append(List.filter(c.order, fn k -> k != key end), key)
    if List.length(order) > c.capacity do
      let evicted = List.head(order)
      %{c | entries: Map.put(Map.delete(c.entries, evicted), key, value), order: List.tail(order)}
    else
      %{c | entries: Map.put(c.entries, key, value), order: order}
    end
  end
  call Get(key :: String) :: Option<Int> do |c|
    if Map.has_key(c.entries, key) do
      let st = %{c.stats | hits: c.stats.hits + 1}
      (%{c | stats: st, order: List.append(List.filter(c.order, fn k -> k != key end), key)}, Some(Map.get(c.entries, key)))
    else
      (%{c | stats: %{c.stats | misses: c.stats.misses + 1}}, None)
    end
  end
  call Report() :: String do |c|
    (c, c.name <> ": order [" <> String.join(c.order, " ") <> "] hits ${c.stats.hits} misses ${c.stats.misses}")
  end
  call Snapshot() :: Cache do |c|
    (c, c)
  end
end

fn show(o :: Option<Int>) -> String do
  case o do
    Some(v) -> "${v}"
    None -> "miss"
  end
end

fn main() do
  let a = LruCache.start("a", 2)
  let b = LruCache.start("b", 3)
  LruCache.put(a, "x", 1)
  LruCache.put(a, "y", 2)
  println("x = " <> show(LruCache.get(a, "x")))
  LruCache.put(a, "z", 3)
  println("y = " <> show(LruCache.get(a, "y")))
  println("x = " <> show(LruCache.get(a, "x")))
  println("z = " <> show(LruCache.get(a, "z")))
  LruCache.put(b, "x", 10)
  println(LruCache.report(a))
  println(LruCache.report(b))
  let snap = LruCache.snapshot(a)
  println("snapshot ${snap.name} capacity ${snap.capacity} entries ${Map.size(snap.entries)} hits ${snap.stats.hits}")
end
