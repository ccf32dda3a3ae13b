# error: `<>` has no right operand before `end`
fn wrap(s :: String) -> String do
  "[" <> s <>
end

fn main() do
  println(wrap("x"))
end
