# error: `while` condition is a String
fn main() do
  let s = "go"
  while s do
    println("looping")
  end
end
