# error: `case` subject is not followed by `do`
fn name_of(n :: Int) -> String do
  case n
    1 -> "one"
    _ -> "other"
  end
end

fn main() do
  println(name_of(1))
end
