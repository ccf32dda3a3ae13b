# error: `0xZZ` is not a valid hexadecimal literal
fn mask(x :: Int) -> Int do
  x % 0xZZ
end

fn main() do
  println("${mask(1000)}")
end
