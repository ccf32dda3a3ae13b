# errors (2): line 3 unclosed `(` in the call to `add`; line 11 case arm uses `=>` instead of `->`
fn compute(a :: Int, b :: Int) -> Int do
  let s = add(a, b
  s * 2
end

fn add(a :: Int, b :: Int) -> Int = a + b

fn name(n :: Int) -> String do
  case n do
    0 => "zero"
    _ -> "other"
  end
end
