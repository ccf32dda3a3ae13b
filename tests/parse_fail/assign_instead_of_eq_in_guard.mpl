# error: `=` used instead of `==` in a `when` guard
fn label(n :: Int) -> String do
  case n do
    x when x = 0 -> "zero"
    _ -> "nonzero"
  end
end

fn main() do
  println(label(0))
end
