# error: non-exhaustive case on Bool: `false` not covered
fn yes_no(b :: Bool) -> String do
  case b do
    true -> "yes"
  end
end

fn main() do
  println(yes_no(true))
end
