# Top-level functions, stdlib functions and variant constructors used as values: List.map(xs, Some/Ok/Err/Circle/Wrap), constructors chosen by if and stored in lists, named functions in lists
struct Point do
  x :: Int
  y :: Int
end deriving(Display)

type Shape do
  Circle(Float)
  Square(Float)
  Dot
end deriving(Display)

type Wrapper do
  Wrap(Point)
end deriving(Display)

fn double(n :: Int) -> Int = n * 2

fn square(n :: Int) -> Int = n * n

fn is_even(n :: Int) -> Bool = n % 2 == 0

fn add(a :: Int, b :: Int) -> Int = a + b

fn origin_x(y :: Int) -> Point = Point { x: 0, y: y }

fn apply_all(fs :: List<Fun(Int) -> Int>, x :: Int) -> List<Int> = List.map(fs, fn f -> f(x) end)

fn main() do
  println("${List.map([1, 2, 3], Some)}")
  let oks :: List<Result<Int, String>> = List.map([4, 5], Ok)
  println("${oks}")
  let errs :: List<Result<Int, String>> = List.map(["a"], Err)
  println("${errs}")
  println("${List.map([1.5, 2.0], Circle)}")
  println("${List.map(List.map([1, 2], origin_x), Wrap)}")
  println("${List.map([1, 2, 3], double)} ${List.filter([1, 2, 3, 4], is_even)} ${List.reduce([1, 2, 3], 10, add)}")
  println("${apply_all([double, square, fn n -> n - 1 end], 7)}")
  let make_shape = if true do Square else Circle end
  println("${make_shape(3.0)}")
  let ctors = [Circle, Square]
  println("${List.map(ctors, fn c -> c(0.5) end)}")
  println("${List.map(["ab", "cde"], String.length)} ${List.map(["x"], String.to_upper)}")
  let f = square
  let g = double
  println("${f(g(3))}")
  println("${List.map([[1], [2, 3]], List.length)}")
  println("${List.map([3, 4], Int.to_string)}")
  println("${List.map([1], fn _ -> Dot end)}")
end
