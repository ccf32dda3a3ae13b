# error: non-exhaustive case: the only arm for Int values has a guard, and guarded arms do not count
fn sign(n :: Int) -> String do
  case n do
    x when x > 0 -> "pos"
    x when x <= 0 -> "non-pos"
  end
end

fn main() do
  println(sign(1))
end
