# errors (2): `Map<String>` has one type argument instead of two; user generic `Pair<Int>` needs two
struct Pair<A, B> do
  left :: A
  right :: B
end

fn size(m :: Map<String>) -> Int = Map.size(m)

fn left(p :: Pair<Int>) -> Int = p.left

fn main() do
  println("ok")
end
