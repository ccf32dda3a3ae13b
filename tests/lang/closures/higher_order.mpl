# Higher-order functions: Fun types, type aliases of Fun, closures returning closures, composition, functions in data
type Handler = Fun(Int) -> String
type Op = Fun(Int, Int) -> Int

fn make_adder(n :: Int) -> Fun(Int) -> Int do
  fn x -> x + n end
end

fn run(h :: Handler, v :: Int) -> String = h(v)

fn compose(f :: Fun(Int) -> Int, g :: Fun(Int) -> Int) -> Fun(Int) -> Int do
  fn x -> g(f(x)) end
end

fn constant(v :: Int) -> Fun() -> Int do
  fn -> v + 1 end
end

fn apply_all(fs :: List<Fun(Int) -> Int>, x :: Int) -> List<Int> do
  List.map(fs, fn f -> f(x) end)
end

fn main() do
  let add5 = make_adder(5)
  println("${add5(10)}")
  let h :: Handler = fn n -> "got ${n}" end
  println(run(h, 3))
  let ops :: List<Op> = [fn a, b -> a + b end, fn a, b -> a * b end, fn a, b -> a - b end]
  let results = List.map(ops, fn op -> op(6, 3) end)
  println("${results}")
  let inc_then_double = compose(make_adder(1), fn x -> x * 2 end)
  println("${inc_then_double(4)}")
  let next = constant(41)
  println("${next()}")
  let table = %{"sq" => fn x -> x * x end, "neg" => fn x -> 0 - x end}
  let sq = Map.get(table, "sq")
  let neg = Map.get(table, "neg")
  println("${sq(7)} ${neg(7)}")
  println("${apply_all([add5, sq, inc_then_double], 3)}")
  let curried = fn a -> fn b -> a * 10 + b end end
  println("${curried(4)(2)}")
end
