# Map insert and lookup: 1,000,000 inserts, then 2,000,000 lookups.
fn fill(i :: Int, n :: Int, m :: Map<Int, Int>) -> Map<Int, Int> do
  if i == n do
    m
  else
    fill(i + 1, n, Map.put(m, (i * 7919) % 1000003, i))
  end
end

fn probe(i :: Int, n :: Int, m :: Map<Int, Int>, acc :: Int) -> Int do
  if i == n do
    acc
  else
    probe(i + 1, n, m, acc + Map.get(m, (i * 7919) % 1000003) % 10)
  end
end

fn main() do
  let m = fill(0, 1000000, Map.new())
  println("${Map.size(m)} ${probe(0, 2000000, m, 0)}")
end
