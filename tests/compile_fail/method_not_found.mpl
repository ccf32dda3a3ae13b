# error: no method `area` on `Rect` (not a field, no interface impl provides it)
struct Rect do
  w :: Int
  h :: Int
end

fn main() do
  let r = Rect { w: 2, h: 3 }
  println("${r.area()}")
end
