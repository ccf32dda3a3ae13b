# Math.floor/ceil/round (half away from zero) to Int, Float.to_int truncation toward zero, Int.to_float, Float.from
fn main() do
  println("${Math.round(2.5)} ${Math.round(-2.5)} ${Math.round(2.4)} ${Math.round(-2.6)} ${Math.round(0.5)} ${Math.round(-0.4)}")
  println("${Math.floor(1.7)} ${Math.floor(-1.2)} ${Math.floor(3.0)}")
  println("${Math.ceil(1.2)} ${Math.ceil(-1.7)} ${Math.ceil(3.0)}")
  println("${Float.to_int(3.99)} ${Float.to_int(-3.99)} ${Float.to_int(0.0)}")
  println("${Int.to_float(7)} ${Int.to_float(-3) / 2.0}")
  println("${Float.from(10) / 4.0}")
  println("${Math.round(123456.5) + 1}")
end
