# error: missing `end` for the `fn(x) do` closure passed to List.map
fn double_all(xs :: List<Int>) -> List<Int> do
  List.map(xs, fn(x) do
    let y = x * 2
    y
  )
end

fn main() do
  println("${double_all([1, 2, 3])}")
end
