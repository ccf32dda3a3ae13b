# Closures capturing variables by value: factories returning closures, lists and maps of closures, captured structs, shadowing after capture
struct Config do
  prefix :: String
  width :: Int
end

fn adder(n) do
  fn x -> x + n end
end

fn multiplier(k :: Int) -> Fun(Int) -> Int do
  fn x -> x * k end
end

fn formatter(cfg :: Config) do
  fn s -> cfg.prefix <> pad(s, cfg.width) end
end

fn pad(s :: String, width :: Int) -> String do
  if String.length(s) >= width do s else pad(s <> ".", width) end
end

fn pipeline(fs :: List<Fun(Int) -> Int>) -> Fun(Int) -> Int do
  List.reduce(fs, fn x -> x end, fn acc, f -> fn x -> f(acc(x)) end end)
end

fn counter_from(start :: Int) do
  fn step -> (start + step, fn more -> start + step + more end) end
end

fn main() do
  let add5 = adder(5)
  let add10 = adder(10)
  println("${add5(1)} ${add10(1)} ${add5(add10(0))}")
  let base = 3
  let times_base = multiplier(base)
  let base = 100
  println("${times_base(7)} ${base}")
  let fmt = formatter(Config { prefix: "> ", width: 6 })
  println(fmt("ab"))
  println(fmt("abcdefgh"))
  let cfg = Config { prefix: "# ", width: 4 }
  let fmt2 = formatter(%{cfg | width: 3})
  println(fmt2("x") <> fmt("y"))
  let p = pipeline([adder(1), multiplier(2), adder(-3)])
  println("${p(5)} ${p(0)}")
  let ops = %{"inc" => adder(1), "dbl" => multiplier(2), "sq" => fn x -> x * x end}
  for {name, f} in ops do
    println(name <> " ${f(6)}")
  end
  let selected = for {name, f} in ops when f(2) > 3 do name end
  println("${selected}")
  let c0 = counter_from(10)
  let (v1, c1) = c0(5)
  let v2 = c1(5)
  let (again, c2) = c0(1)
  println("${v1} ${v2} ${c2(-20)} ${again}")
  let names = ["ann", "bob"]
  let greeters = List.map(names, fn n -> fn greeting -> greeting <> ", " <> n end end)
  for g in greeters do
    println(g("hello"))
  end
  let threshold = 4
  let big = fn xs -> List.filter(xs, fn x -> x > threshold end) end
  let threshold = 0
  println("${big([1, 5, 3, 9])} ${threshold}")
end
