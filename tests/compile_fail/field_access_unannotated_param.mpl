# error: field access `.name` on an unannotated parameter whose type is unknown
struct User do
  name :: String
end

fn greet(u) do
  "hi " <> u.name
end

fn main() do
  println(greet(User { name: "Ann" }))
end
