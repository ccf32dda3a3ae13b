# String functions count code points: length, slice (clamped), chars, index_of, to_upper/to_lower on non-ASCII text
fn main() do
  let s = "héllo wörld"
  println("${String.length(s)}")
  println("${String.length("日本語")}")
  println("${String.length("")}")
  println(String.slice(s, 1, 4))
  println(String.slice(s, 6, 100))
  println("[" <> String.slice(s, 8, 3) <> "]")
  println("[" <> String.slice(s, -5, 2) <> "]")
  println("[" <> String.slice(s, 50, 60) <> "]")
  println(String.slice("日本語です", 1, 3))
  println("${String.chars("añb")}")
  println("${List.length(String.chars("日本語"))}")
  println("${String.index_of(s, "w")}")
  println("${String.index_of("日本語", "語")}")
  println("${String.index_of(s, "xyz")}")
  println(String.to_upper(s))
  println(String.to_lower("ÀÉÎ Straße"))
  println("${String.split("α,β,γ", ",")}")
  println("${String.length(String.repeat("é", 4))}")
end
