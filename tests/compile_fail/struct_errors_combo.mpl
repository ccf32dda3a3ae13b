# errors (3): literal misses field `age`; field `name` given an Int; access to unknown field `mail` in another function
struct User do
  name :: String
  age :: Int
end

fn make() -> User do
  User { name: 5 }
end

fn mail_of(u :: User) -> String = u.mail

fn main() do
  println(make().name)
  println(mail_of(make()))
end
