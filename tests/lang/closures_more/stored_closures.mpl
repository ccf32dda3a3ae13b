# Closures stored in maps, lists, tuples, Options, Results and struct fields, looked up and called later; a dispatcher over a Map<String, Fun(Int, Int) -> Int>
type Op = Fun(Int, Int) -> Int

struct Command do
  name :: String
  arity :: Int
  run :: Fun(List<Int>) -> Int
end

fn lookup(table :: Map<String, Op>, name :: String) -> Option<Op> do
  if Map.has_key(table, name) do Some(Map.get(table, name)) else None end
end

fn resolve(table :: Map<String, Op>, name :: String) -> Op!String do
  case lookup(table, name) do
    Some(f) -> Ok(f)
    None -> Err("unknown op " <> name)
  end
end

fn eval(table :: Map<String, Op>, name :: String, a :: Int, b :: Int) -> String do
  case resolve(table, name) do
    Ok(f) -> "${name}(${a}, ${b}) = ${f(a, b)}"
    Err(e) -> e
  end
end

fn main() do
  let table = %{"add" => fn a, b -> a + b end, "sub" => fn a, b -> a - b end, "max" => fn a, b -> if a > b do a else b end end}
  let table = Map.put(table, "pow", fn a, b -> List.reduce(List.map(Range.to_list(0..b), fn _ -> a end), 1, fn x, y -> x * y end) end)
  println(eval(table, "add", 2, 3))
  println(eval(table, "sub", 2, 3))
  println(eval(table, "max", 2, 3))
  println(eval(table, "pow", 2, 10))
  println(eval(table, "mod", 2, 3))
  println("${Map.keys(table)}")
  let commands = [
    Command { name: "sum", arity: -1, run: fn xs -> List.reduce(xs, 0, fn a, b -> a + b end) end },
    Command { name: "count", arity: -1, run: fn xs -> List.length(xs) end },
    Command { name: "first", arity: 1, run: fn xs -> List.head(xs) end }
  ]
  let input = [4, 8, 15, 16, 23, 42]
  for c in commands do
    println("${c.name}: ${c.run(input)}")
  end
  let pairs = [("double", fn x -> x * 2 end), ("negate", fn x -> 0 - x end)]
  for p in pairs do
    let (name, f) = p
    println(name <> " 21 -> ${f(21)}")
  end
  let maybe :: Option<Fun(Int) -> Int> = Some(fn x -> x + 100 end)
  let result = case maybe do
    Some(f) -> f(1)
    None -> 0
  end
  println("${result}")
  let handlers = Map.put(Map.new(), 1, fn -> "one" end)
  let handlers = Map.put(handlers, 2, fn -> "two" end)
  let handlers = Map.put(handlers, 1, fn -> "uno" end)
  let called = for {k, h} in handlers do "${k}:" <> h() end
  println("${called}")
  let later = List.map([1, 2, 3], fn i -> fn -> i * i end end)
  println("${List.map(List.reverse(later), fn f -> f() end)}")
end
