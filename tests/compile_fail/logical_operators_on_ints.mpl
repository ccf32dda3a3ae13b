# errors (2): `and` with Int operands; `not` applied to a String
fn main() do
  let a = 1
  let b = 2
  let both = a and b
  let s = not "yes"
  println("${both} ${s}")
end
