# String module: length, slice, contains, starts_with/ends_with, trim, case, replace, split, join, to_int, to_float, from, methods
fn main() do
  let s = "  Hello, Mesh World  "
  let t = String.trim(s)
  println("[" <> t <> "]")
  println("${String.length(t)}")
  println(String.slice(t, 7, 11))
  println(String.slice(t, 12, 100))
  println("[" <> String.slice(t, 5, 2) <> "]")
  let has = String.contains(t, "Mesh")
  let starts = String.starts_with(t, "Hello")
  let ends = String.ends_with(t, "x")
  println("${has} ${starts} ${ends}")
  println(String.to_upper(t))
  println(String.to_lower(t))
  println(String.replace("a-b-c-d", "-", "+"))
  let parts = String.split("/a/b//c", "/")
  println("${parts}")
  println("${List.length(parts)}")
  println(String.join(["x", "y", "z"], ", "))
  println(String.join(String.split("1,2,3", ","), "|"))
  case String.to_int(" 42 ") do
    Some(n) -> println("int ${n + 1}")
    None -> println("bad int")
  end
  case String.to_int("4x2") do
    Some(n) -> println("int ${n}")
    None -> println("bad int")
  end
  case String.to_float("2.5") do
    Some(f) -> println("float ${f * 2.0}")
    None -> println("bad float")
  end
  case String.to_float("abc") do
    Some(f) -> println("float ${f}")
    None -> println("bad float")
  end
  println(String.from(12) <> String.from(true) <> String.from(1.5))
  println("${t.length()}")
  println("mesh".to_upper())
  let padded = "  pad "
  println("${padded.trim().length()}")
  println("${String.length("")}")
  let same = "abc" == "ab" <> "c"
  println("${same}")
end
