# error: `if` body written with `{ ... }` instead of `do ... end`
fn abs(n :: Int) -> Int do
  if n < 0 {
    0 - n
  } else {
    n
  }
end
