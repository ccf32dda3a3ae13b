# Shadowing with let (changing type, inside if blocks, captured by closures, loop variables, tuple swaps) and operator precedence (`<>`/`++` before `==`, and before or, `..` after `+`, comparisons before ==)
fn main() do
  let x = 1
  let x = x + 1
  let x = "now a string ${x}"
  println(x)
  let y = 10
  if true do
    let y = 99
    println("inner ${y}")
  end
  println("outer ${y}")
  let r = case y do
    10 -> y * 2
    _ -> 0
  end
  println("${r}")
  let v = 5
  let f = fn -> v end
  let v = 6
  println("${f()} ${v}")
  for v in [7] do
    println("loop ${v}")
  end
  println("after ${v}")
  let (a, b) = (1, 2)
  let (a, b) = (b, a)
  println("${a} ${b}")
  println("${"a" <> "b" == "ab"} ${[1, 2] ++ [3] == [1, 2, 3]}")
  println("${1 + 2 * 3 == 7 and 10 - 4 / 2 == 8 or false}")
  println("${true or false and false} ${false and true or true}")
  println("${List.length(Range.to_list(0..2 + 3))}")
  let piped = [1, 2, 3] |> List.map(fn n -> n + 1 end) |> List.reduce(0, fn a, b -> a + b end)
  println("${piped}")
  println("${2 < 3 == true} ${10 - 3 - 2} ${2 * 3 + 4 * 5} ${-2 * -3}")
end
