# error: `String.replace` takes 3 arguments but 2 are given
fn main() do
  let s = String.replace("a-b-c", "-")
  println(s)
end
