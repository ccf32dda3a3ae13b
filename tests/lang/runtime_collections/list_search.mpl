# List.find (Option), any, all, contains on ints, run-time built strings (content equality), tuples and nested lists
fn show(o :: Int?) -> String do
  case o do
    Some(v) -> "Some ${v}"
    None -> "None"
  end
end

fn main() do
  let xs = [4, 8, 15, 16, 23, 42]
  println(show(List.find(xs, fn x -> x > 10 end)))
  println(show(List.find(xs, fn x -> x > 100 end)))
  println("${List.any(xs, fn x -> x == 23 end)} ${List.any(xs, fn x -> x < 0 end)}")
  println("${List.all(xs, fn x -> x > 0 end)} ${List.all(xs, fn x -> x % 2 == 0 end)}")
  let e :: List<Int> = []
  println("${List.any(e, fn x -> x > 0 end)} ${List.all(e, fn x -> x > 0 end)} " <> show(List.find(e, fn x -> x > 0 end)))
  println("${List.contains(xs, 15)} ${List.contains(xs, 14)}")
  let names = ["ada", "grace", "linus"]
  let g = "gr" <> "ace"
  let upper = "Grace"
  println("${List.contains(names, g)} ${List.contains(names, upper)}")
  let pairs = [(1, "a"), (2, "b")]
  let p1 = (2, "b")
  let p2 = (2, "c")
  println("${List.contains(pairs, p1)} ${List.contains(pairs, p2)}")
  let nested = [[1, 2], [3]]
  println("${List.contains(nested, [3])} ${List.contains(nested, [1])}")
end
