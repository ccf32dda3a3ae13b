# String interpolation with nested expressions, escape sequences, multi-line and triple-quoted strings
struct User do
  name :: String
  age :: Int
end

fn main() do
  let a = 3
  let b = 4
  let u = User { name: "Ann", age: 30 }
  println("sum ${a + b}")
  println("product ${a * b} and ${a - b}")
  println("call ${Math.max(a, b)}, field ${u.name}/${u.age + 1}")
  println("list ${[a, b, a + b]}")
  println("if ${if a > b do "bigger" else "smaller" end}")
  println("nested ${"inner ${a * 10}"}!")
  println("map ${%{1 => a}}")
  println("struct ${User { name: "Bo", age: 2 }.age}")
  println("closure ${(fn x -> x + 1 end)(a)}")
  println("escapes: tab[\t] quote[\"] backslash[\\] dollar[\$] brace[\${a}]")
  println("line1\nline2")
  println("unknown escape \q stays q")
  let tq = """She said "hi" to ${u.name}"""
  println(tq)
  let multi = """first
  second "quoted"
third"""
  println(multi)
  let ml = "a
b"
  println(ml)
  println("${a}${b}${a}")
  println("empty ${""}end")
  println("pipe ${[1, 2, 3] |> List.map(fn x -> x * 2 end)}")
  println("cmp ${a < b} ${"x" == "x"}")
end
