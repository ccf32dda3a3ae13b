# A panic inside a closure called by List.map ends the whole program: side effects of the earlier calls are printed, exit status 1, map never returns
fn main() do
  let xs = [4, 2, 0, 1]
  let inverses = List.map(xs, fn x do
    println("item ${x}")
    100 / x
  end)
  println("unreachable ${inverses}")
end
