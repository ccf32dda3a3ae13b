# Inline `module Name do ... end` blocks with pub and private functions, called qualified from main
module Temperature do
  fn ratio() -> Float = 1.8

  pub fn to_fahrenheit(c :: Float) -> Float do
    c * ratio() + 32.0
  end

  pub fn describe(c :: Float) -> String do
    if c < 0.0 do "freezing" else if c < 25.0 do "mild" else "hot" end
  end
end

pub module Counting do
  pub fn up_to(n :: Int) -> List<Int> = for i in 1..n + 1 do i end
end

fn main() do
  println("${Temperature.to_fahrenheit(100.0)}")
  println("${Temperature.to_fahrenheit(-40.0)}")
  println(Temperature.describe(-3.0))
  println(Temperature.describe(30.0))
  println("${Counting.up_to(4)}")
end
