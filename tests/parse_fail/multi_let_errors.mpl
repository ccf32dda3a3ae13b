# errors (3): line 3 `let` with no `=`; line 4 `let ... =` with no value; line 5 `let x :: = 1` missing type
fn main() do
  let a
  let b =
  let c :: = 3
  let d = 4
  println("${d}")
end
