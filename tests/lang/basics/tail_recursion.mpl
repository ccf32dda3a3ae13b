# Tail recursion: million-deep self tail calls, argument swaps, tail calls in case arms and else-if chains
fn count_down(n :: Int, acc :: Int) -> Int do
  if n == 0 do
    acc
  else
    count_down(n - 1, acc + 1)
  end
end

fn sum_to(n :: Int, acc :: Int) -> Int do
  case n do
    0 -> acc
    _ -> sum_to(n - 1, acc + n)
  end
end

fn ping_pong(a :: Int, b :: Int, steps :: Int) -> Int do
  if steps == 0 do
    a - b
  else
    ping_pong(b, a, steps - 1)
  end
end

fn fib(n :: Int, a :: Int, b :: Int) -> Int do
  if n == 0 do a else fib(n - 1, b, a + b) end
end

fn collatz_steps(n :: Int, steps :: Int) -> Int do
  if n == 1 do
    steps
  else if n % 2 == 0 do
    collatz_steps(n / 2, steps + 1)
  else
    collatz_steps(3 * n + 1, steps + 1)
  end
end

fn build(n :: Int, acc :: List<Int>) -> List<Int> do
  if n == 0 do acc else build(n - 1, List.append(acc, n)) end
end

fn main() do
  println("${count_down(1_000_000, 0)}")
  println("${sum_to(1_000_000, 0)}")
  println("${ping_pong(10, 3, 1_000_001)}")
  println("${fib(90, 0, 1)}")
  println("${collatz_steps(27, 0)}")
  println("${build(5, [])}")
end
