# Closure syntax forms: a multi-clause closure over Result<struct> whose guard reads a field, do-bodied bare-param closures, pipes into a parenthesised closure and into local closures with extra args, trailing closures
struct P do
  x :: Int
end deriving(Display)

fn main() do
  let rs :: List<Result<P, String>> = [Ok(P { x: 1 }), Ok(P { x: -1 }), Err("e")]
  let out = List.map(rs, fn Ok(p) when p.x > 0 -> "pos ${p}" | Ok(p) -> "nonpos ${p.x}" | Err(e) -> e end)
  println("${out}")
  let g = fn x do
    let y = x * 2
    y + 1
  end
  println("${g(4)}")
  println("${5 |> (fn y -> y + 1 end)}")
  let add = fn a, b -> a + b end
  println("${5 |> add(2)}")
  let h = fn(a :: Int, b :: Int) do
    a * b
  end
  println("${3 |> h(4)}")
  let res = List.map([1, 2]) do |v|
    v * 100
  end
  println("${res}")
  let tot = List.reduce([1, 2, 3], 0) do |acc, v|
    acc + v
  end
  println("${tot}")
end
