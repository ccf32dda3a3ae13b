# error: Json.encode of a struct that does not derive Json
struct P do
  x :: Int
end
fn main() do
  println(Json.encode(P { x: 1 }))
end
