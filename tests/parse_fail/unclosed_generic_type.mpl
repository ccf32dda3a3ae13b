# error: generic type `List<Int` is never closed with `>`
fn sum(xs :: List<Int) -> Int do
  List.reduce(xs, 0, fn acc, x -> acc + x end)
end

fn main() do
  println("${sum([1, 2, 3])}")
end
