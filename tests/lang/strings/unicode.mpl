# UTF-8 strings: length, slice and split count code points, not bytes
fn main() do
  let s = "héllo wörld"
  println("${String.length(s)}")
  println(String.slice(s, 0, 5))
  println(String.slice(s, 6, 11))
  let arrow = "ab→cd"
  println("${String.length(arrow)}")
  println(String.slice(arrow, 2, 3))
  println(String.replace(s, "ö", "o"))
  let greek = String.split("α,β,γ", ",")
  println("${greek}")
  let jp = "日本語"
  println("${String.contains(jp, "本")} ${String.length(jp)}")
  println("${String.starts_with(jp, "日")}")
  println("emoji: ${String.length("🙂👍")}")
end
