# error: explicit deriving(Ord) without Eq (Ord requires Eq)
struct Version do
  major :: Int
  minor :: Int
end deriving(Ord, Display)

fn main() do
  let a = Version { major: 1, minor: 2 }
  println("${a}")
end
