# Counting words with a Map, pipes and closures.
fn count_words(text :: String) -> Map<String, Int> do
  text
    |> String.to_lower()
    |> String.split(" ")
    |> List.filter(fn w -> String.length(w) > 0 end)
    |> List.reduce(Map.new(), fn counts, w -> Map.put(counts, w, Map.get(counts, w) + 1) end)
end

fn main() do
  let counts = count_words("the cat and the hat and the bat")
  for {word, n} in counts when n > 1 do
    println("${word}: ${n}")
  end
  println("distinct: ${Map.size(counts)}")
end
