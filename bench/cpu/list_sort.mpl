# Sorting 3,000,000 pseudo-random integers with a comparator closure.
fn gen(i :: Int, n :: Int, seed :: Int, acc :: List<Int>) -> List<Int> do
  if i == n do
    acc
  else
    let next = (seed * 1103515245 + 12345) % 2147483648
    gen(i + 1, n, next, List.append(acc, next % 1000000))
  end
end

fn main() do
  let xs = gen(0, 3000000, 42, [])
  let sorted = List.sort(xs, fn a, b -> a - b end)
  println("${List.get(sorted, 0)} ${List.get(sorted, 1500000)} ${List.get(sorted, 2999999)}")
end
