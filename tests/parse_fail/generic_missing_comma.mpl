# error: missing `,` between type arguments in `Map<String Int>`
fn counts(words :: List<String>) -> Map<String Int> do
  List.reduce(words, %{}, fn m, w -> Map.put(m, w, 1) end)
end

fn main() do
  println("${Map.size(counts(["a"]))}")
end
