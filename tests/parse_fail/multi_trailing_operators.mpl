# errors (2): line 3 `*` has no right operand (next line starts with `let`); line 9 `and` has no right operand before `end`
fn area(w :: Int, h :: Int) -> Int do
  let a = w *
  let b = h
  a + b
end

fn ok(a :: Bool, b :: Bool) -> Bool do
  a and
end
