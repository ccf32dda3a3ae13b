# error: `if` has two `else` branches
fn pick(a :: Bool) -> Int do
  if a do
    1
  else
    2
  else
    3
  end
end
