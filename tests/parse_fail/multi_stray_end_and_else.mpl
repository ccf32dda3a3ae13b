# errors (2): line 5 stray `end` after `helper`; line 9 `else` without `if`
fn helper() -> Int do
  1
end
end

fn main() do
  println("start")
  else
  println("done")
end
