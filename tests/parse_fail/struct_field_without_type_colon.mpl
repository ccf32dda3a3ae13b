# error: struct field `email` has no `::` before its type
pub struct Account do
  id :: Int
  email String
  active :: Bool
end deriving(Json)

fn main() do
  println("ok")
end
