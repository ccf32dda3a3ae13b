# Edge rules of String and List functions: slice clamps out-of-range and negative bounds, take/drop clamp n to [0, len], to_int/to_float trim, split keeps empty parts (even of ""), replace/join edges
fn main() do
  let s = "héllo"
  println("[" <> String.slice(s, -3, 2) <> "][" <> String.slice(s, 3, 99) <> "][" <> String.slice(s, -5, -1) <> "][" <> String.slice(s, 99, 100) <> "]")
  println("${List.take([1, 2, 3], -1)} ${List.drop([1, 2, 3], 100)} ${List.take([1, 2, 3], 100)} ${List.drop([1, 2, 3], -2)}")
  println("${String.to_int(" 12\n")} ${String.to_float("\t0.5 ")} ${String.to_int("")} ${String.to_float("abc")}")
  println("${List.length(String.split("", ","))} ${List.length(String.split(",", ","))} ${List.length(String.split("a", ","))} ${String.split("a,,b", ",")}")
  println(String.replace("aaa", "a", "bb") <> " " <> String.replace("abc", "x", "y"))
  println("${String.starts_with("abc", "")} ${String.ends_with("abc", "bc")} ${String.contains("abc", "")}")
  println(String.join([], ",") <> "|" <> String.join(["solo"], ",") <> "|" <> String.join(["a", "", "b"], "-"))
  println("${List.last([1, 2, 3])} ${List.get([1, 2, 3], 2)} ${List.tail([9])} ${List.reverse([1, 2, 3])}")
end
