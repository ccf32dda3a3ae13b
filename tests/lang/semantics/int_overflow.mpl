# Int arithmetic wraps on overflow (two's complement i64): max + 1, min - 1, multiplication overflow, negating min, min / -1 and min % -1, a wrapping hash
fn max_int() -> Int = 9223372036854775807

fn min_int() -> Int = -9223372036854775807 - 1

fn id(n :: Int) -> Int = n

fn main() do
  println("${max_int() + 1}")
  println("${9223372036854775807 + 1}")
  println("${min_int() - 1}")
  println("${max_int() * 2}")
  println("${id(4611686018427387904) * 2}")
  println("${0 - min_int()}")
  println("${-min_int()}")
  println("${min_int() / id(-1)}")
  println("${min_int() % id(-1)}")
  println("${max_int() + max_int()}")
  let big = List.reduce(Range.to_list(0..64), 1, fn acc, _ -> acc * 2 end)
  println("${big}")
  let p = List.reduce(Range.to_list(0..63), 1, fn acc, _ -> acc * 2 end)
  println("${p}")
  println("${3037000500 * 3037000500}")
  println("${max_int() - min_int()}")
  let h = List.reduce([104, 101, 108, 108, 111], 1469598103934665603, fn acc, c -> acc * 1099511628211 + c end)
  println("${h}")
  println("${Math.abs(min_int())}")
end
