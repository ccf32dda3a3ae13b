# error: missing `end` for `fn area` (the next `fn` starts while `area` is still open)
struct Rect do
  w :: Int
  h :: Int
end

fn area(r :: Rect) -> Int do
  r.w * r.h

fn main() do
  let r = Rect { w: 3, h: 4 }
  println("area ${area(r)}")
end
