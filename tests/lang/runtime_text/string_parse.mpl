# String.to_int and String.to_float: trimming, signs, integers accepted as floats, None on failure
fn show_int(s :: String) -> String do
  case String.to_int(s) do
    Some(n) -> "Some(${n})"
    None -> "None"
  end
end

fn show_float(s :: String) -> String do
  case String.to_float(s) do
    Some(f) -> "Some(${f})"
    None -> "None"
  end
end

fn main() do
  println(show_int("42"))
  println(show_int("  -17 "))
  println(show_int("+8"))
  println(show_int("4x2"))
  println(show_int(""))
  println(show_int("-"))
  println(show_int("3.5"))
  println(show_int("99999999999999999999"))
  println(show_float("2.5"))
  println(show_float(" 7 "))
  println(show_float("-0.125"))
  println(show_float("1e3"))
  println(show_float("abc"))
  println(show_float(""))
  println(show_float("1.2.3"))
  println("${String.to_int("12")}")
  println("${String.to_float("x")}")
end
