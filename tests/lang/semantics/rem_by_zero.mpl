# Int remainder by zero panics like division: a loop prints its first iterations, then `%` by a computed zero ends the program with status 1
fn main() do
  let divisors = [3, 2, 1, 0, 5]
  for d in divisors do
    println("17 % ${d} = ${17 % d}")
  end
  println("unreachable")
end
