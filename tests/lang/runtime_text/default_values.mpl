# default() gives the zero value of the expected type; Map.get of a missing key gives the zero value of V
fn main() do
  let i :: Int = default()
  let f :: Float = default()
  let b :: Bool = default()
  let s :: String = default()
  let l :: List<Int> = default()
  let o :: Option<Int> = default()
  println("${i} ${f} ${b} [${s}] ${l} ${o}")
  let m = Map.put(Map.new(), "a", 1)
  println("${Map.get(m, "missing")}")
  let ms = Map.put(Map.new(), 1, "one")
  println("[" <> Map.get(ms, 2) <> "]")
end
