# error: `<` on a struct with `deriving(Eq)` only (no Ord)
struct Ver do
  n :: Int
end deriving(Eq)

fn main() do
  let a = Ver { n: 1 }
  let b = Ver { n: 2 }
  println("${a < b}")
end
