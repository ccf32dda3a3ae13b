# error: a one-parameter closure called with two arguments
fn main() do
  let inc = fn x -> x + 1 end
  println("${inc(1, 2)}")
end
