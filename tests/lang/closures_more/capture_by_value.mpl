# Closures capturing structs, lists, maps, Floats, Bools, Strings and other closures at once; captures are by value, so later shadowing changes nothing inside them
struct Config do
  name :: String
  limit :: Int
  ratio :: Float
end deriving(Display)

fn main() do
  let cfg = Config { name: "cfg", limit: 3, ratio: 0.5 }
  let items = [5, 1, 4, 2, 3]
  let weights = %{"a" => 1, "b" => 10}
  let offset = 2.5
  let enabled = true
  let label = "L"
  let scale = fn x -> x * 10 end
  let everything = fn(k :: String) do
    let base = Map.get(weights, k)
    let top = List.take(List.sort(items, fn a, b -> b - a end), cfg.limit)
    let s = List.reduce(top, 0, fn a, b -> a + b end)
    let flag = if enabled do "on" else "off" end
    "${label}/${cfg.name}/${flag}: ${scale(base)} ${s} ${Int.to_float(s) * cfg.ratio + offset}"
  end
  println(everything("a"))
  println(everything("b"))
  let cfg = Config { name: "other", limit: 1, ratio: 2.0 }
  let items = [100]
  let enabled = false
  let scale = fn x -> x end
  println(everything("a"))
  println("${cfg} ${enabled} ${scale(7)}")
  let by_limit = fn(xs :: List<Int>) -> List.filter(xs, fn x -> x <= cfg.limit end) end
  println("${by_limit([0, 1, 2, -5])}")
  let nested = fn a -> fn b -> fn c -> "${a}${b}${c}${cfg.name}" end end end
  println(nested(1)(true)("x"))
  let fs = [fn -> items end, fn -> [List.length(items)] end]
  println("${List.map(fs, fn f -> f() end)}")
  let adder = fn n -> fn x -> x + n end end
  let add5 = adder(5)
  let twice_add5 = fn x -> add5(add5(x)) end
  println("${twice_add5(1)}")
  let m = Map.put(weights, "c", 100)
  let total = fn -> List.reduce(Map.values(m), 0, fn a, b -> a + b end) end
  println("${total()} ${Map.size(weights)}")
end
