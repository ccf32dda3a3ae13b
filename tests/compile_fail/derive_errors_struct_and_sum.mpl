# errors (2): sum type `Color` derives unknown `Clone`; struct `Score` derives Ord without Eq
type Color do
  Red
  Green
end deriving(Eq, Clone)

struct Score do
  points :: Int
end deriving(Ord)

fn main() do
  let s = Score { points: 3 }
  println("${s.points}")
end
