# errors (2): `String.lenght` does not exist in the String module; `List.size` does not exist either
fn main() do
  let s = "hello"
  let n = String.lenght(s)
  let m = List.size([1, 2])
  println("${n + m}")
end
