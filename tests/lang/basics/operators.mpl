# Operator precedence and associativity: not/!, and/&&, or/||, comparisons, range vs arithmetic, <> and ++
fn main() do
  let a = true
  let b = false
  println("${not a == b}")
  println("${!b}")
  println("${a and b or a}")
  println("${a && b || !a}")
  println("${b or a and b}")
  println("${1 + 2 == 3 and 2 < 3}")
  println("${3 >= 3} ${2 <= 1} ${4 != 4} ${5 > 4}")
  let n = 3
  let r = 0..n + 1
  println("${Range.to_list(r)}")
  println("ab" <> "cd" <> "ef")
  println("${[1, 2] ++ [3] ++ [4, 5]}")
  println("${2 * 3 + 4 * 5}")
  println("${20 - 6 / 2 % 4}")
  println("${-2 * 3}")
  let s = "a" <> "b" == "ab"
  println("${s}")
  let lt = [1, 2] < [1, 3]
  let longer = [1, 2, 3] > [1, 2]
  println("${lt} ${longer}")
  let x = 5
  let in_range = x > 0 && x < 10 || x == 100
  println("${in_range}")
  println("${not (x > 3)}")
end
