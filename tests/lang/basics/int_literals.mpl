# Integer literals in every base with underscores, and Int arithmetic (truncating division, remainder, wrapping)
fn main() do
  let dec = 1_000_000
  let hex = 0xFF
  let hex2 = 0xdead_beef
  let bin = 0b1010_1010
  let oct = 0o17
  let oct2 = 0o7_7_7
  let neg = -42
  println("${dec}")
  println("${hex}")
  println("${hex2}")
  println("${bin}")
  println("${oct}")
  println("${oct2}")
  println("${neg}")
  println("${7 / 2}")
  println("${-7 / 2}")
  println("${7 % 3}")
  println("${-7 % 3}")
  println("${2 + 3 * 4}")
  println("${(2 + 3) * 4}")
  println("${10 - 2 - 3}")
  println("${100 / 10 / 5}")
  println("${hex + bin + oct}")
  println("${- -5}")
  println("${0x10 * 0b11}")
  let big = 9_223_372_036_854_775_807
  println("${big + 1}")
  println(String.from(0b1111_0000 / 0x10))
end
