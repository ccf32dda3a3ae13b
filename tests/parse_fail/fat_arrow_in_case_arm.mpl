# error: case arm uses `=>` instead of `->`
fn describe(n :: Int) -> String do
  case n do
    0 => "zero"
    1 -> "one"
    _ -> "many"
  end
end

fn main() do
  println(describe(1))
end
