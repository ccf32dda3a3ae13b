# error: `first<T>` applied to List<String> gives a String, used as an Int
fn first<T>(xs :: List<T>) -> T = List.head(xs)

fn main() do
  let n = first(["a", "b"]) + 1
  println("${n}")
end
