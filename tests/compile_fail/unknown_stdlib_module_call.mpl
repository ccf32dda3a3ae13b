# error: call to unknown module `Strng` (typo of String)
fn main() do
  let n = Strng.length("abc")
  println("${n}")
end
