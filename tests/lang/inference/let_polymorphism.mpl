# Let-polymorphism: untyped top-level functions (identity, const, compose, twice, flip) inferred generic and used at several types
fn identity(x) = x

fn constant(a, _b) = a

fn compose(f, g) do
  fn x -> g(f(x)) end
end

fn twice(f, x) = f(f(x))

fn flip(f) do
  fn a, b -> f(b, a) end
end

fn apply_all(fs, x) do
  List.map(fs, fn f -> f(x) end)
end

fn pair_up(x) = (x, x)

fn first_of(p) do
  let (a, _) = p
  a
end

fn main() do
  println("${identity(5)} " <> identity("five") <> " ${identity(true)}")
  println("${constant(1, "ignored")} " <> constant("kept", 2.5))
  let inc = fn n -> n + 1 end
  let shout = fn s -> String.to_upper(s) <> "!" end
  let inc_then_show = compose(inc, fn n -> "n=${n}" end)
  println(inc_then_show(41))
  let len_then_double = compose(String.length, fn n -> n * 2 end)
  println("${len_then_double("abcd")}")
  println("${twice(inc, 0)} " <> twice(shout, "hi"))
  println("${twice(fn xs -> xs ++ xs end, [1, 2])}")
  let minus = flip(fn a, b -> a - b end)
  println("${minus(1, 10)}")
  let cat = flip(fn a, b -> a <> b end)
  println(cat("world", "hello "))
  println("${apply_all([inc, fn n -> n * n end, identity], 7)}")
  println("${apply_all([String.length, fn s -> String.length(s) * 10 end], "abc")}")
  let local_id = fn v -> v end
  println("${local_id(3)}")
  let (a, b) = pair_up("dup")
  println(a <> b)
  println("${first_of(pair_up(9))} " <> first_of(("left", 0)))
  let nested = twice(compose(inc, inc), 10)
  println("${nested}")
  let ids = List.map([1, 2, 3], identity)
  let strs = List.map(["x"], identity)
  println("${ids} ${strs}")
end
