# A self tail call 10,000,000 deep runs in constant stack (return_call).
fn count(n :: Int, acc :: Int) -> Int do
  if n == 0 do
    acc
  else
    count(n - 1, acc + 2)
  end
end

fn main() do
  println("${count(10000000, 0)}")
end
