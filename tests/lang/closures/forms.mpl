# Closures in every single-clause form: parenthesised, typed, bare, multi-param, no-param, block body; capture by value
fn main() do
  let k = 10
  let add = fn(x, y) -> x + y end
  let scale = fn(x :: Int) -> x * k end
  let double = fn x -> x * 2 end
  let plus = fn acc, x -> acc + x end
  let answer = fn -> 42 end
  let describe = fn(row) do
    let label = "row"
    label <> ":" <> String.from(row)
  end
  let block_multi = fn(a :: Int, b :: Int) do
    let s = a + b
    s * s
  end
  let nothing = fn() -> "empty parens" end
  println("${add(1, 2)}")
  println("${scale(4)}")
  println("${double(21)}")
  println("${plus(5, 6)}")
  println("${answer()}")
  println(describe(7))
  println("${block_multi(2, 3)}")
  println(nothing())
  let k = 1000
  println("${scale(4)}")
  println("${List.reduce([1, 2, 3, 4], 0, plus)}")
  println("${List.map([1, 2, 3], fn x -> x + k end)}")
  let rows = List.map([1, 2], fn(row) do
    let base = row * 100
    base + k
  end)
  println("${rows}")
  println("${(fn x -> x * x end)(9)}")
end
