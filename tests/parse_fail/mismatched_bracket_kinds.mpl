# error: list opened with `[` but closed with `)`
fn main() do
  let xs = [1, 2, 3)
  let n = List.length(xs)
  println("len ${n}")
end
