# A closure calling itself through a function argument in tail position,
# and a function tail-calling a closure, run 3,000,000 deep.
fn loop_with(f :: Fun(Int, Int) -> Int, n :: Int, acc :: Int) -> Int do
  if n == 0 do
    acc
  else
    f(n, acc)
  end
end

fn step(n :: Int, acc :: Int) -> Int = loop_with(step, n - 1, acc + n % 7)

fn main() do
  println("${step(3000000, 0)}")
  let g = fn n, acc -> loop_with(step, n, acc) end
  println("${g(10, 0)}")
end
