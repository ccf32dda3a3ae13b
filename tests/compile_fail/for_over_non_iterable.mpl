# error: `for x in 5` iterates over an Int, which is not iterable
fn main() do
  for x in 5 do
    println("${x}")
  end
end
