# error: `deriving(` list is never closed
struct Tag do
  label :: String
end deriving(Eq, Json

fn main() do
  let t = Tag { label: "x" }
  println(t.label)
end
