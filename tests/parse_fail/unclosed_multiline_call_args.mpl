# error: multi-line call to `Map.put` is missing its closing `)`
fn register(m :: Map<String, Int>, name :: String) -> Map<String, Int> do
  let updated = Map.put(
    m,
    name,
    Map.size(m)
  updated
end

fn main() do
  let m = register(%{}, "ann")
  println("${Map.size(m)}")
end
