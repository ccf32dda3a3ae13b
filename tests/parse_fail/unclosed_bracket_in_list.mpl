# error: list literal `[` is never closed
fn main() do
  let primes = [2, 3, 5, 7, 11
  let total = List.length(primes)
  println("count ${total}")
end
