# error: deriving(Json) on a struct with a `Pid` field, which is not JSON-serializable (E0038)
struct Worker do
  name :: String
  pid :: Pid
end deriving(Json)

fn main() do
  let w = Worker { name: "w", pid: self() }
  println(Json.encode(w))
end
