# Math and numeric conversions: abs/min/max on Int and Float, pi, pow, sqrt, floor/ceil/round, Int.to_float, Float.to_int, Float.from
fn main() do
  println("${Math.abs(-7)} ${Math.abs(2.5)} ${Math.abs(-2.5)}")
  println("${Math.min(3, 8)} ${Math.max(3, 8)} ${Math.min(1.5, -1.5)} ${Math.max(1.5, -1.5)}")
  println("${Math.pi}")
  println("${Math.pow(2.0, 10.0)}")
  println("${Math.sqrt(16.0)} ${Math.sqrt(2.0)}")
  println("${Math.floor(2.7)} ${Math.ceil(2.1)} ${Math.round(2.5)} ${Math.round(-2.5)} ${Math.round(2.4)} ${Math.floor(-2.5)}")
  println("${Int.to_float(3) / 2.0} ${Float.to_int(7.9)} ${Float.to_int(-7.9)} ${Float.from(5)}")
  let circumference = 2.0 * Math.pi * 1.5
  println("${circumference}")
  println("${Math.round(circumference * 100.0)}")
  let avg = Int.to_float(1 + 2 + 4) / 3.0
  println("${Math.round(avg * 1000.0)}")
  println("${Math.floor(Math.sqrt(50.0)) + 1}")
end
