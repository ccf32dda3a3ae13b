# error: `trap` is a reserved keyword and cannot be used as a struct field name
struct Worker do
  name :: String
  trap :: Bool
end

fn main() do
  let w = Worker { name: "w1", trap: true }
  println(w.name)
end
