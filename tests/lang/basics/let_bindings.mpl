# let bindings: type annotations, tuple destructuring, discards, shadowing, unit values, `;` separators
fn pair() -> (Int, String) do
  (7, "seven")
end

fn main() do
  let x = 1
  let x = x + 1
  let name :: String = "mesh"
  let (n, word) = pair()
  let _ = n * 100
  let u = nil
  let v = ()
  let (a, b, c) = (1, 2.5, true)
  println("${x}")
  println(name)
  println("${n} ${word}")
  println("${a} ${b} ${c}")
  let x = "now a string"
  println(x)
  let total = 1; let more = total + 1; println("${more}")
  let ratio :: Float = 0.5
  println("${ratio}")
  let (p, _) = (10, "ignored")
  println("${p}")
end
