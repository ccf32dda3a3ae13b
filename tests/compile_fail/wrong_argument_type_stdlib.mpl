# error: List.length given a String instead of a List
fn main() do
  let name = "mesh"
  println("${List.length(name)}")
end
