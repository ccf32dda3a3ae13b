# Function composition: a generic compose(f, g) used at Int, String and mixed types, folding lists of closures into one, n-fold self-composition, flip, pipes into closures
fn compose(f, g) do
  fn x -> g(f(x)) end
end

fn compose_all(fs :: List<Fun(Int) -> Int>) -> Fun(Int) -> Int do
  List.reduce(fs, fn x -> x end, fn acc, f -> compose(acc, f) end)
end

fn identity(x) = x

fn flip(f) do
  fn a, b -> f(b, a) end
end

fn apply_n(f :: Fun(Int) -> Int, n :: Int) -> Fun(Int) -> Int do
  if n == 0 do fn x -> x end else compose(f, apply_n(f, n - 1)) end
end

fn main() do
  let inc = fn x -> x + 1 end
  let dbl = fn x -> x * 2 end
  println("${compose(inc, dbl)(5)} ${compose(dbl, inc)(5)}")
  let len_str = compose(String.length, fn n -> "len=${n}" end)
  println(len_str("hello"))
  let shout = compose(String.to_upper, fn s -> s <> "!" end)
  println(shout("hey"))
  let pipeline = compose_all([inc, dbl, dbl, fn x -> x - 3 end])
  println("${pipeline(1)}")
  println("${compose_all([])(42)}")
  println("${apply_n(dbl, 10)(1)} ${apply_n(inc, 0)(7)}")
  let then_show = compose(compose(inc, dbl), fn n -> "[${n}]" end)
  println(then_show(4))
  let minus = flip(fn a, b -> a - b end)
  println("${minus(2, 10)}")
  println("${5 |> inc |> dbl}")
  let r = [3, 1, 2] |> List.map(compose(dbl, identity)) |> List.reduce(0, fn a, b -> a + b end)
  println("${r}")
  let fs = [inc, dbl, compose(inc, dbl)]
  println("${List.map(fs, fn f -> f(10) end)}")
  let str_chain = List.reduce([fn s -> s <> "a" end, fn s -> s <> "b" end], fn s -> s end, fn acc, f -> compose(acc, f) end)
  println(str_chain(">"))
end
