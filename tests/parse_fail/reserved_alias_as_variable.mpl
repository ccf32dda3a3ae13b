# error: `alias` is a reserved keyword and cannot be used as a variable name
fn main() do
  let users = ["ann", "bob"]
  let alias = List.head(users)
  println(alias)
end
