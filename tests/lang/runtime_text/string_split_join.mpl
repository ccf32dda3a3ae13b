# split keeps empty parts (leading, trailing, doubled separators), empty separator splits into characters; join, chars, repeat, collect
fn main() do
  println("${String.split("/a/b", "/")}")
  println("${List.length(String.split("/a/b", "/"))}")
  println("${String.split("a,,b,", ",")}")
  println("${List.length(String.split("a,,b,", ","))}")
  println("${String.split("a--b--c", "--")}")
  println("${String.split("abc", "")}")
  println("${List.length(String.split("", ","))}")
  println("${String.split("no separator", ";")}")
  println(String.join(["x", "y", "z"], ", "))
  println(String.join(["solo"], "-"))
  println("[" <> String.join([], "-") <> "]")
  println(String.join(String.chars("abc"), "."))
  println(String.repeat("ab", 3))
  println("[" <> String.repeat("ab", 0) <> "]")
  println("[" <> String.repeat("ab", -2) <> "]")
  println(String.collect(Iter.map(Iter.from(["a", "b", "c"]), fn s -> String.to_upper(s) end)))
end
