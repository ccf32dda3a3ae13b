# Multi-module project: imported polymorphic functions used as values at several types, closures returned from another module and combined, closures composed across modules
import Combinators
import Validators
from Combinators import compose, twice

fn main() do
  let inc = fn x -> x + 1 end
  let f = compose(inc, Combinators.twice(fn x -> x * 3 end))
  println("${f(1)}")
  let exclaim = twice(fn s -> s <> "!" end)
  println(exclaim("hey"))
  let minus = Combinators.flip(fn a, b -> a - b end)
  println("${minus(1, 10)}")
  println("${List.map([1, 2], Combinators.identity)} ${List.map(["a"], Combinators.identity)}")
  let zeros = List.map([5, 6, 7], Combinators.const_fn(0))
  println("${zeros}")
  let fs = [compose, fn a, b -> compose(b, a) end]
  println("${List.map(fs, fn c -> c(inc, fn x -> x * 2 end)(5) end)}")
  let check = Validators.all_of([Validators.trimmed(), Validators.min_len(3), Validators.no_space()])
  for s in ["  mesh  ", "ab", "two words", "  ok?"] do
    println("${check(s)}")
  end
  let lenient = Validators.all_of([])
  println("${lenient("any thing")}")
  let shout_check = compose(check, fn r -> case r do
    Ok(v) -> String.to_upper(v)
    Err(e) -> e
  end end)
  println(shout_check("  quiet "))
end
