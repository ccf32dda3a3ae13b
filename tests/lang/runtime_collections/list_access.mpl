# List access: new, length, is_empty, head, last, tail, get, nth, prepend, prelude head/tail, method syntax on lists
fn main() do
  let empty :: List<String> = List.new()
  println("${List.length(empty)} ${List.is_empty(empty)}")
  let xs = ["a", "b", "c", "d"]
  println("${List.length(xs)} ${List.is_empty(xs)}")
  println(List.head(xs) <> List.last(xs))
  println("${List.tail(xs)} ${List.tail(List.tail(xs))}")
  println(List.get(xs, 0) <> List.get(xs, 3) <> List.nth(xs, 1))
  let z = List.prepend(xs, "z")
  println("${z} ${xs}")
  let only = ["only"]
  println("${xs.length()} ${List.tail(only)} ${List.length(List.tail(only))}")
  let i = 2
  println(List.get(xs, i + 1))
  println("${head([3, 4])} ${tail([3, 4, 5])}")
end
