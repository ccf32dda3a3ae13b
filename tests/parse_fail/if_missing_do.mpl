# error: `if` condition is not followed by `do`
fn even(n :: Int) -> String do
  if n % 2 == 0
    "even"
  else
    "odd"
  end
end
