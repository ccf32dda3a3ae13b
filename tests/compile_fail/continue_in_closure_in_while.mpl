# error: `continue` inside a closure that sits inside a `while` loop
fn main() do
  let xs = [1, 2, 3]
  while List.length(xs) > 5 do
    let ys = List.map(xs, fn(x) do
      if x == 2 do
        continue
      end
      x * 2
    end)
    println("${ys}")
  end
end
