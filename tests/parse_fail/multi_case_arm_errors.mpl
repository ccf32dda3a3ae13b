# errors (2): line 4 arm uses `=>`; line 12 arm is missing `->`
fn to_word(n :: Int) -> String do
  case n do
    1 => "one"
    _ -> "many"
  end
end

fn unwrap(x :: Option<Int>) -> Int do
  case x do
    Some(v) -> v
    None 0
  end
end
