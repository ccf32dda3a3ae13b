# Math.abs/min/max on Int and Float, Math.pi, pow, sqrt, float remainder
fn main() do
  println("${Math.abs(-5)} ${Math.abs(5)} ${Math.abs(-2.5)} ${Math.abs(0.0)}")
  println("${Math.min(3, -4)} ${Math.max(3, -4)}")
  println("${Math.min(1.5, 2.25)} ${Math.max(1.5, 2.25)}")
  println("${Math.pi}")
  println("${Math.pow(2.0, 10.0)} ${Math.pow(9.0, 0.5)} ${Math.pow(2.0, -1.0)}")
  println("${Math.sqrt(16.0)} ${Math.sqrt(2.0)}")
  println("${7.5 % 2.0} ${-7.5 % 2.0} ${7 % 3}")
  println("${Math.round(Math.pi * 100.0)}")
end
