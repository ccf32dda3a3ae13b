# Int `/` truncates toward zero and `%` takes the sign of the dividend for every sign combination; (a / b) * b + a % b == a; left associativity; Float division and Float.to_int truncation
fn show(a :: Int, b :: Int) -> String = "${a} / ${b} = ${a / b}, ${a} % ${b} = ${a % b}"

fn main() do
  let cases = [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3), (-6, 3), (1, 5), (-1, 5), (0, -3), (9223372036854775807, 2), (-9223372036854775807, 10)]
  for c in cases do
    let (a, b) = c
    println(show(a, b))
  end
  let ok = List.all(cases, fn c -> case c do
    (a, b) -> (a / b) * b + a % b == a
  end end)
  println("${ok}")
  println("${7.0 / 2.0} ${-7.0 / 2.0} ${Float.to_int(-3.5)} ${Float.to_int(3.99)}")
  println("${-7 / 2 * 2} ${-(7 / 2) * 2}")
  println("${10 - 2 - 3} ${100 / 10 / 5} ${2 * 3 % 4}")
  println("${-2 % 3 + 3} ${1 + 2 * 3 - 4 / 2}")
end
