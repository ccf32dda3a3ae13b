# error: `after` is only allowed in `receive`, not in `case`
fn pick(x :: Option<String>) -> String do
  case x do
    Some(s) -> s
    None -> "none"
  after 100 -> "timeout"
  end
end

fn main() do
  println(pick(None))
end
