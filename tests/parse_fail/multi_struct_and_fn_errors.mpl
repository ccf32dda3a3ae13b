# errors (3): line 4 struct field without `::`; line 7 missing `,` between params; line 13 `let` without `=`
struct User do
  name :: String
  age Int
end

fn make(name :: String age :: Int) -> User do
  User { name: name, age: age }
end

fn main() do
  let u = make("ann", 3)
  let label
  println(u.name)
end
