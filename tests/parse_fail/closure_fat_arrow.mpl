# error: closure uses `=>` instead of `->`
fn main() do
  let xs = [1, 2, 3]
  let ys = List.map(xs, fn x => x * 2 end)
  println("${ys}")
end
