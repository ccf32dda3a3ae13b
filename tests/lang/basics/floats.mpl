# Float literals (fractions, exponents) and Float Display: shortest round-trip, no exponent, no trailing .0
fn main() do
  let a = 3.14
  let b = 2.5e-3
  let c = 1e9
  let d = 42.0
  println("${a}")
  println("${b}")
  println("${c}")
  println("${d}")
  println("${a * 2.0}")
  println("${0.1 + 0.2}")
  println("${7.0 / 2.0}")
  println("${-1.5}")
  println("${1.0 / 4.0}")
  println(String.from(2.5 * 4.0))
  println("${d > a}")
  println("${1.5e2 + 0.25}")
  println("${0.0}")
  println("${100.0 - 0.5}")
end
