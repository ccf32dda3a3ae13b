# error: `continue` outside of a loop
fn main() do
  let x = 3
  if x > 2 do
    continue
  end
  println("${x}")
end
