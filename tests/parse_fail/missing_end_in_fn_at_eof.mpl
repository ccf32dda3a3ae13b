# error: missing `end` for `fn main` at end of file
fn greet(name :: String) -> String do
  "hello " <> name
end

fn main() do
  let names = ["ann", "bob"]
  List.map(names, greet)
  println(greet("world"))
