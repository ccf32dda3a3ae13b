# Tail calls from case arms, multi-clause functions and guards, with
# argument swaps, recurse 5,000,000 deep in constant stack.
fn walk(n :: Int, a :: Int, b :: Int) -> Int do
  case n % 3 do
    0 -> if n == 0 do a + b else walk(n - 1, b, a + 1) end
    1 -> walk(n - 1, a, b + 1)
    _ -> walk(n - 1, b, a)
  end
end

fn down(0, acc) = acc
fn down(n, acc) when n % 2 == 0 = down(n - 1, acc + 1)
fn down(n, acc) = down(n - 1, acc)

fn main() do
  println("${walk(5000000, 0, 0)}")
  println("${down(5000000, 0)}")
end
