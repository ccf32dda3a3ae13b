# error: `when` guard evaluates to an Int
fn f(n :: Int) -> String do
  case n do
    x when x + 1 -> "guarded"
    _ -> "other"
  end
end

fn main() do
  println(f(1))
end
