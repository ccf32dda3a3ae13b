# error: interpolating a List<P> where P does not derive Display
struct P do
  x :: Int
end
fn main() do
  let xs = [P { x: 1 }]
  println("${xs}")
end
