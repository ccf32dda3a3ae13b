# error: unknown derive `Serialize` (cannot derive)
struct Config do
  name :: String
  port :: Int
end deriving(Eq, Serialize)

fn main() do
  let c = Config { name: "srv", port: 80 }
  println(c.name)
end
