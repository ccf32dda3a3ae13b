# Closures returning closures: curry/uncurry, generic curry3 used at Int and String, partial application, f(a)(b)(c) chains, adders built from captured values and folded together
fn curry(f :: Fun(Int, Int) -> Int) -> Fun(Int) -> Fun(Int) -> Int do
  fn a -> fn b -> f(a, b) end end
end

fn uncurry(f :: Fun(Int) -> Fun(Int) -> Int) -> Fun(Int, Int) -> Int do
  fn a, b -> f(a)(b) end
end

fn curry3(f) do
  fn a -> fn b -> fn c -> f(a, b, c) end end end
end

fn partial(f, a) do
  fn b -> f(a, b) end
end

fn make_adder(n :: Int) -> Fun(Int) -> Int = fn x -> x + n end

fn main() do
  let add = fn a, b -> a + b end
  let cadd = curry(add)
  println("${cadd(3)(4)}")
  let add10 = cadd(10)
  println("${List.map([1, 2, 3], add10)}")
  let sub = uncurry(fn a -> fn b -> a - b end end)
  println("${sub(10, 3)}")
  let vol = curry3(fn a, b, c -> a * b * c end)
  println("${vol(2)(3)(4)}")
  let area2 = vol(2)
  let area23 = area2(3)
  println("${area23(5)} ${area2(5)(5)}")
  let greet = curry3(fn g, n, p -> g <> ", " <> n <> p end)
  println(greet("Hello")("Mesh")("!"))
  let hi = greet("Hi")
  println(hi("you")("?") <> " " <> hi("all")("."))
  let pre = partial(fn a, b -> a <> b end, "pre-")
  println(pre("fix"))
  let times = partial(fn a, b -> a * b end, 6)
  println("${times(7)}")
  let adders = List.map([1, 10, 100], make_adder)
  println("${List.map(adders, fn f -> f(5) end)}")
  let chain = List.reduce(adders, fn x -> x end, fn acc, f -> fn x -> f(acc(x)) end end)
  println("${chain(0)}")
  let deep = fn a -> fn b -> fn c -> fn d -> a * 1000 + b * 100 + c * 10 + d end end end end
  println("${deep(1)(2)(3)(4)}")
end
