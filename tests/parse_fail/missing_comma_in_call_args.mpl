# error: missing `,` between call arguments
fn clamp(x :: Int, lo :: Int, hi :: Int) -> Int do
  if x < lo do lo else if x > hi do hi else x end
end

fn main() do
  let v = clamp(15 0, 10)
  println("${v}")
end
