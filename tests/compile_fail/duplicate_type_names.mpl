# error: sum type `Status` and struct `Status` share a name
type Status do
  Active
  Inactive
end

struct Status do
  code :: Int
end

fn main() do
  println("ok")
end
