# String interpolation of arbitrary expressions: arithmetic, calls, method chains, if and one-line case expressions, nested string literals and interpolations, escapes, triple-quoted and multi-line strings
struct P do
  x :: Int
  y :: Int
end deriving(Display)

fn name(n :: Int) -> String = if n == 1 do "one" else "many" end

fn main() do
  let a = 3
  let b = 4
  println("sum ${a + b} product ${a * b} mixed ${a - b * 2}")
  println("${a}${b}${a}")
  println("${name(1)}/${name(a)}")
  println("${if a > b do "bigger" else "smaller" end}")
  println("${case a do 3 -> "three"; _ -> "other" end}")
  println("point ${P { x: a, y: b }} len ${String.length("${P { x: a, y: b }}")}")
  println("nested ${"inner ${a + 1} done"} end")
  println("escaped \${a} and \\ and \"q\" and tab[\t]")
  println("""triple "quoted" ${a * 10}""")
  println("list ${[a, b]} map ${%{"k" => a}} opt ${Some(b)}")
  println("${"abc".to_upper()}${"-"}${String.length("xyz")}")
  let s = "multi
line"
  println(s)
  println("unicode ${"héllo"} ${String.length("héllo")}")
  println("${a > b} ${a == 3 and b == 4} ${-a}")
  println("${List.map([1, 2], fn x -> "<${x}>" end)}")
end
