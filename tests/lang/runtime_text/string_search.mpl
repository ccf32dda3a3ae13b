# String searching and rewriting: contains, starts_with, ends_with, index_of, replace (all occurrences, empty pattern), trim
fn main() do
  let s = "the cat sat on the mat"
  println("${String.contains(s, "sat")} ${String.contains(s, "dog")} ${String.contains(s, "")}")
  println("${String.starts_with(s, "the")} ${String.starts_with(s, "cat")}")
  println("${String.ends_with(s, "mat")} ${String.ends_with(s, "the")}")
  println("${String.index_of(s, "the")}")
  println("${String.index_of(s, "at")}")
  println(String.replace(s, "at", "og"))
  println(String.replace(s, "the ", ""))
  println(String.replace(s, "", "X"))
  println(String.replace("aaa", "a", "aa"))
  println(String.replace(s, "zebra", "horse"))
  println("[" <> String.trim("  \t padded \n ") <> "]")
  println("[" <> String.trim("   ") <> "]")
  println(s.replace("cat", "bat").to_upper())
end
