# error: deriving(Json) struct has a field whose struct type does not derive Json (E0038)
struct Inner do
  x :: Int
end
struct Outer do
  inner :: Inner
end deriving(Json)
fn main() do
  println("x")
end
