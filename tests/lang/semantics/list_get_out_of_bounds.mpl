# List.get out of bounds panics (LANGUAGE.md 5.3): valid indexes print, index == length ends the program with status 1
fn main() do
  let xs = [10, 20, 30]
  for i in 0..4 do
    println("xs[${i}] = ${List.get(xs, i)}")
  end
  println("unreachable")
end
