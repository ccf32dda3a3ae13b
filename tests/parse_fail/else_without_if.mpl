# error: `else` without a matching `if`
fn check(n :: Int) -> String do
  let msg = "checking"
  println(msg)
  else
    "fallback"
  end
end
