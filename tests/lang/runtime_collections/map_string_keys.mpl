# Maps with String keys compare by content: keys built at run time find entries put with literals; word counting; 5,000 generated keys
fn count_words(ws :: List<String>) -> Map<String, Int> do
  List.reduce(ws, Map.new(), fn acc, w -> Map.put(acc, w, Map.get(acc, w) + 1) end)
end

fn build(m :: Map<String, Int>, i :: Int) -> Map<String, Int> do
  if i == 5000 do m else build(Map.put(m, "key" <> String.from(i), i), i + 1) end
end

fn main() do
  let text = "the cat and the dog and the bird"
  let freq = count_words(String.split(text, " "))
  println(String.join(Map.keys(freq), " "))
  println("${Map.values(freq)}")
  let key = "t" <> "he"
  println("${Map.get(freq, key)}")
  let m = %{"alpha" => 1}
  let k2 = String.to_lower("ALPHA")
  println("${Map.has_key(m, k2)} ${Map.get(m, k2)}")
  let big = build(Map.new(), 0)
  let probe = "key" <> String.from(777)
  let missing = "key" <> String.from(5000)
  println("${Map.size(big)} ${Map.get(big, probe)} ${Map.has_key(big, missing)}")
  let big2 = build(big, 0)
  println("${Map.size(big2)} " <> List.get(Map.keys(big2), 4999))
end
