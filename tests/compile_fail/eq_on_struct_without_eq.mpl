# error: `==` on a struct that derives only Display (explicit deriving list excludes Eq)
struct Tag do
  name :: String
end deriving(Display)

fn main() do
  let a = Tag { name: "x" }
  let b = Tag { name: "x" }
  println("${a == b}")
end
