# error: `deriving` must be followed by a parenthesised list: `deriving(Eq, Json)`
struct Item do
  name :: String
  qty :: Int
end deriving Eq, Json

fn main() do
  println("ok")
end
