# error: struct literal sets field `colour` which `Point` does not have (and misses `y`)
struct Point do
  x :: Int
  y :: Int
end

fn main() do
  let p = Point { x: 1, colour: 2 }
  println("${p.x}")
end
