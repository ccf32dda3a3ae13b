# Counters and generators built from captured values: a generic struct whose field is a closure producing the next state; mapping and zipping generators; 100,000 steps
struct Gen<T> do
  value :: T
  next :: Fun() -> Gen<T>
end

fn counter(start :: Int, step :: Int) -> Gen<Int> do
  Gen { value: start, next: fn -> counter(start + step, step) end }
end

fn cycle(items :: List<String>, i :: Int) -> Gen<String> do
  Gen { value: List.get(items, i % List.length(items)), next: fn -> cycle(items, i + 1) end }
end

fn fib_gen(a :: Int, b :: Int) -> Gen<Int> do
  Gen { value: a, next: fn -> fib_gen(b, a + b) end }
end

fn mapped<A, B>(g :: Gen<A>, f :: Fun(A) -> B) -> Gen<B> do
  Gen { value: f(g.value), next: fn -> mapped(g.next(), f) end }
end

fn zip_gen<A, B>(a :: Gen<A>, b :: Gen<B>) -> Gen<(A, B)> do
  Gen { value: (a.value, b.value), next: fn -> zip_gen(a.next(), b.next()) end }
end

fn take<T>(g :: Gen<T>, n :: Int, acc :: List<T>) -> List<T> do
  if n == 0 do acc else take(g.next(), n - 1, List.append(acc, g.value)) end
end

fn sum_gen(g :: Gen<Int>, n :: Int, acc :: Int) -> Int do
  if n == 0 do acc else sum_gen(g.next(), n - 1, acc + g.value) end
end

fn main() do
  println("${take(counter(0, 5), 5, [])}")
  println("${take(cycle(["r", "g", "b"], 0), 7, [])}")
  println("${take(fib_gen(0, 1), 12, [])}")
  let squares = mapped(counter(1, 1), fn n -> n * n end)
  println("${take(squares, 6, [])}")
  let labels = mapped(zip_gen(counter(1, 1), cycle(["a", "b"], 0)), fn p -> "${p}" end)
  println("${take(labels, 3, [])}")
  let c = counter(100, -1)
  let c1 = c.next()
  let c2 = c1.next()
  println("${c.value} ${c1.value} ${c2.value} ${c.next().value}")
  println("${sum_gen(counter(1, 1), 100000, 0)}")
end
