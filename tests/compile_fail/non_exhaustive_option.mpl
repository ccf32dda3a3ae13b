# error: non-exhaustive case on Option<Int>: `None` not covered
fn show(o :: Option<Int>) -> String do
  case o do
    Some(n) -> "${n}"
  end
end

fn main() do
  println(show(None))
end
