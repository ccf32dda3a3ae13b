# error: deriving(Row) struct has a struct-typed field (E0039)
struct Inner do
  x :: Int
end
struct R do
  inner :: Inner
end deriving(Row)
fn main() do
  println("x")
end
