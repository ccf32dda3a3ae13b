# error: piping a List<Int> into String.length
fn main() do
  let n = [1, 2, 3] |> String.length()
  println("${n}")
end
