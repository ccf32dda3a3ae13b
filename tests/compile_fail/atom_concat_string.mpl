# error: `<>` with an Atom operand; atoms are not Strings
fn main() do
  let status = :active
  let line = "status: " <> status
  println(line)
end
