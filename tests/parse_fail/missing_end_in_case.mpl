# error: missing `end` for the `case` in `describe`
fn describe(x :: Option<Int>) -> String do
  case x do
    Some(n) -> "got ${n}"
    None -> "nothing"
end

fn main() do
  println(describe(Some(3)))
end
