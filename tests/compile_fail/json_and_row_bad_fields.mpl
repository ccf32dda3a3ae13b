# errors (2): Json field of type `Fun(Int) -> Int` (E0038); Row field of type `Map<String, String>` (E0039)
struct Handler do
  name :: String
  run :: Fun(Int) -> Int
end deriving(Json)

struct Record do
  id :: Int
  attrs :: Map<String, String>
end deriving(Row)

fn main() do
  println("ok")
end
