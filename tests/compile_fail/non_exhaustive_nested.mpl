# error: non-exhaustive nested patterns: `Some(Err(_))` is not covered
fn show(o :: Option<Result<Int, String>>) -> String do
  case o do
    Some(Ok(n)) -> "ok ${n}"
    None -> "nothing"
  end
end

fn main() do
  println(show(None))
end
