# error: `println` of a List<String> (needs a String; use interpolation or String.join)
fn main() do
  let names = ["a", "b"]
  println(names)
end
