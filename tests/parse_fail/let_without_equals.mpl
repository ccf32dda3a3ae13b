# error: `let` binding has no `=` and no value
fn main() do
  let count
  let name = "mesh"
  println(name)
end
