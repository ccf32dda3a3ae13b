# error: struct update `%{n | x: 1}` applied to an Int, not a struct
fn main() do
  let n = 5
  let m = %{n | x: 1}
  println("${m}")
end
