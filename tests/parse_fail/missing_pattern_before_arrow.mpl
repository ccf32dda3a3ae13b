# error: case arm has `->` with no pattern before it
fn sign(n :: Int) -> String do
  case n > 0 do
    true -> "positive"
    -> "non-positive"
  end
end

fn main() do
  println(sign(4))
end
