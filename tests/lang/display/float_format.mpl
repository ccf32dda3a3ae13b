# Float Display of computed values: shortest round-trip digits, never an exponent (huge and tiny values written out), no trailing .0, inside lists, tuples and structs; Math results
struct Reading do
  value :: Float
  scale :: Float
end deriving(Display)

fn main() do
  println("${0.1 * 3.0}")
  println("${0.1 + 0.7}")
  println("${1.5e22}")
  println("${1e23}")
  println("${1e15 + 0.375}")
  println("${100.0 / 8.0} ${1.0 / 1024.0}")
  println("${1e-10} ${3.0e-5 * 2.0} ${2.5e-3}")
  println("${123456.789e3}")
  println("${Math.sqrt(2.0)} ${Math.pi}")
  println("${-0.0 + 0.0} ${0.5 - 0.25}")
  println("${4.35 * 100.0} ${1.1 * 1.1}")
  println("${9007199254740992.0} ${1e16}")
  println("${1.7976931348623157e308}")
  println("${1e100}")
  println("${Float.from(7)} ${Int.to_float(-3) / 2.0} ${Float.to_int(-2.7)}")
  println("${Math.round(2.5)} ${Math.round(-2.5)} ${Math.floor(-0.5)} ${Math.ceil(-0.5)}")
  println("${[0.1 + 0.2, 1e21, -42.0]}")
  println("${(2.0, 0.125)} ${Reading { value: 10.0, scale: 0.001 }}")
  println(Float.to_string(-1e21) <> " " <> String.from(64.0))
end
