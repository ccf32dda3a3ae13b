# error: field `age` of `User` is Int but the literal gives a String
struct User do
  name :: String
  age :: Int
end

fn main() do
  let u = User { name: "Ann", age: "thirty" }
  println(u.name)
end
