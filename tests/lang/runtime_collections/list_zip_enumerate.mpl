# List.zip truncates to the shorter list; enumerate pairs indices from 0; flat_map and flatten concatenate in order
fn main() do
  let a = [1, 2, 3]
  let b = ["x", "y"]
  let z = List.zip(a, b)
  println("${List.length(z)} ${List.length(List.zip(b, a))}")
  for p in z do
    let (n, s) = p
    println("${n}" <> s)
  end
  let e :: List<Int> = []
  println("${List.length(List.zip(a, e))}")
  let en = List.enumerate(["a", "b", "c"])
  let texts = List.map(en, fn(p) do
    let (i, s) = p
    s <> "@" <> String.from(i)
  end)
  println(String.join(texts, " "))
  println("${List.length(List.enumerate(e))}")
  println("${List.flat_map(a, fn x -> List.map(Range.to_list(0..x), fn i -> x end) end)}")
  println("${List.flat_map(a, fn x -> e end)}")
  println("${List.flatten([[1, 2], [], [3], [4, 5, 6]])}")
  let ws = List.flatten([["a"], ["b", "c"]])
  println(String.join(ws, ""))
  let sums = List.map(List.zip(a, List.reverse(a)), fn(p) do
    let (x, y) = p
    x * 10 + y
  end)
  println("${sums}")
end
