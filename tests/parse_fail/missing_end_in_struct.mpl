# error: missing `end` for `struct User` (the `fn` below starts inside the struct body)
pub struct User do
  name :: String
  age :: Int

fn make_user(name :: String) -> User do
  User { name: name, age: 0 }
end

fn main() do
  let u = make_user("ann")
  println(u.name)
end
