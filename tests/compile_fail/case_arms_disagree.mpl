# error: `case` arms have different types (String in first arm, Int in second)
fn describe(o :: Option<Int>) do
  case o do
    Some(n) -> "got ${n}"
    None -> 0
  end
end

fn main() do
  println(describe(Some(1)))
end
