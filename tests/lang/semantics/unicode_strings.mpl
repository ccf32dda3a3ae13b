# String functions work in code points: length, slice (clamped, never fails), split keeping empty parts, join, contains/starts_with/ends_with, replace, trim, case mapping, to_int/to_float trimming
fn main() do
  let s = "héllo wörld ✓"
  println("${String.length(s)}")
  println(String.slice(s, 0, 5))
  println(String.slice(s, 12, 13))
  println(String.slice(s, 6, 100))
  println("[" <> String.slice(s, 20, 30) <> "][" <> String.slice(s, 5, 2) <> "]")
  println("${String.split(s, " ")}")
  println("${String.split("/a//b/", "/")} ${List.length(String.split("/a//b/", "/"))}")
  println(String.join(["α", "β", "γ"], "→"))
  println("${String.contains(s, "wö")} ${String.starts_with(s, "hé")} ${String.ends_with(s, "✓")} ${String.contains(s, "x")}")
  println(String.replace("añoaño", "ñ", "n"))
  println("[" <> String.trim("  \t padded é \n") <> "]")
  println(String.to_upper("Mesh Lang") <> " " <> String.to_lower("MeSH"))
  println("${String.length("")} ${String.length("日本語")} ${String.length("👍🏽")}")
  println("${String.to_int(" 42 ")} ${String.to_int("4 2")} ${String.to_float(" 2.5")} ${String.to_int("-7")}")
  println("${"b" < "é"} ${"abc" == "ab" <> "c"}")
  println(String.join(List.reverse(String.split("a,b,c", ",")), ","))
  let jp = String.slice("日本語テキスト", 2, 5)
  println(jp <> " ${String.length(jp)}")
end
