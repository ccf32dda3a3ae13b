# Let-polymorphic closures: let-bound closures (identity, pair, twice, wrap, some, swap, length) each used at two or more types in one scope, also passed to a generic function
fn apply_to<A, B>(f :: Fun(A) -> B, x :: A) -> B = f(x)

fn main() do
  let id = fn x -> x end
  println("${id(1)} " <> id("one") <> " ${id(true)} ${id([1.5])}")
  let pair = fn a, b -> (a, b) end
  println("${pair(1, "x")} ${pair("y", 2.5)}")
  let twice = fn f, x -> f(f(x)) end
  println("${twice(fn n -> n * 3 end, 2)} " <> twice(fn s -> s <> s end, "ab"))
  let wrap = fn x -> [x] end
  println("${wrap(1)} ${wrap("s")} ${wrap(wrap(2))}")
  let konst = fn a -> fn _ -> a end end
  let always7 = konst(7)
  let always_hi = konst("hi")
  println("${always7(0)} ${always7(1)} " <> always_hi(1.5))
  let some = fn x -> Some(x) end
  println("${some(3)} ${some("s")}")
  println("${apply_to(id, 5)} " <> apply_to(id, "five"))
  let swap = fn p -> case p do
    (a, b) -> (b, a)
  end end
  println("${swap((1, "a"))} ${swap(("b", false))}")
  let len_of = fn xs -> List.length(xs) end
  println("${len_of([1, 2, 3])} ${len_of(["a"])}")
  let mapper = fn f -> fn xs -> List.map(xs, f) end end
  println("${mapper(fn n -> n + 1 end)([1, 2])} ${mapper(String.length)(["ab", "c"])}")
end
