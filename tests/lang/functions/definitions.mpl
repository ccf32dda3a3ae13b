# Function definitions: typed/untyped params, expression bodies, generics, def, where bounds, unit returns, functions as values
fn add(a :: Int, b :: Int) -> Int do
  a + b
end

pub fn greet(name) do "hi " <> name end

fn square(x :: Int) -> Int = x * x

fn first<T>(xs :: List<T>) -> T = List.head(xs)

def triple(x :: Int) -> Int do
  x * 3
end

fn show<T>(x :: T) -> String where T: Display do
  "<${x}>"
end

fn apply_twice(f :: Fun(Int) -> Int, x :: Int) -> Int do
  f(f(x))
end

fn no_args() = 99

fn unit_fn() -> () do
  println("side effect")
end

fn swap<A, B>(p :: (A, B)) -> (B, A) do
  let (a, b) = p
  (b, a)
end

fn main() do
  println("${add(2, 3)}")
  println(greet("ann"))
  println("${square(9)}")
  println("${first([4, 5, 6])}")
  println(first(["x", "y"]))
  println("${triple(14)}")
  println(show(3))
  println(show("s"))
  println(show(2.5))
  println("${apply_twice(square, 3)}")
  println("${apply_twice(triple, 1)}")
  let f = add
  println("${f(10, 20)}")
  println("${no_args()}")
  unit_fn()
  let (s, n) = swap((1, "one"))
  println(s <> " ${n}")
end
