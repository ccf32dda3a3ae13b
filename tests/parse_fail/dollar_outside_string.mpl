# error: `$` outside a string (shell-style variable)
fn main() do
  let name = "mesh"
  let greeting = "hello " <> $name
  println(greeting)
end
