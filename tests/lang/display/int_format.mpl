# Int Display: hex/binary/octal/underscore literals, negatives and extremes, Ints inside lists, maps, tuples and derived structs, Int.to_string/String.from/to_string, zero padding built by hand
struct Score do
  points :: Int
  delta :: Int
end deriving(Display)

fn pad_str(s :: String, width :: Int) -> String do
  if String.length(s) >= width do s else pad_str("0" <> s, width) end
end

fn main() do
  println("${0xFF} ${0b101} ${0o17} ${1_000_000} ${0xDEADBEEF}")
  println("${-0} ${-5 + 3} ${- 7} ${-(-7)}")
  println("${9223372036854775807} ${-9223372036854775807 - 1}")
  println("${[1, -2, 0x10]} ${%{-1 => -10, 0 => 0}}")
  println("${(0, -0x1)} ${Score { points: 100, delta: -3 }}")
  println(Int.to_string(0xDEADBEEF) <> " " <> String.from(-12) <> " " <> 42.to_string())
  println(pad_str("7", 3) <> ":" <> pad_str("123", 2) <> ":" <> pad_str("${-5}", 4))
  println("${1_000 * 1_000 * 1_000 * 1_000}")
  println("${List.map([1, 22, 333, -4444], fn n -> String.length("${n}") end)}")
  println("${42.to_string() <> "!"}")
  println("${[[1, 2], [], [-3]]}")
end
