# error: struct `User` has no field `email`
struct User do
  name :: String
  age :: Int
end

fn main() do
  let u = User { name: "Ann", age: 30 }
  println(u.email)
end
