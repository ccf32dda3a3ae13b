# error: missing `end` for the `if` nested inside a `case` arm
fn grade(score :: Option<Int>) -> String do
  case score do
    Some(s) -> if s >= 50 do
        "pass"
      else
        "fail"
    None -> "absent"
  end
end

fn main() do
  println(grade(Some(70)))
end
