# error: field access `.x` on an Option<P> (must unwrap first)
struct P do
  x :: Int
end
fn main() do
  let o = Some(P { x: 1 })
  println("${o.x}")
end
