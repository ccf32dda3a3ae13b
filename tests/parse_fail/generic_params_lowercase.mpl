# error: lowercase / non-identifier type parameter `1` in `struct Pair<A, 1>`
struct Pair<A, 1> do
  left :: A
  right :: A
end

fn main() do
  println("ok")
end
