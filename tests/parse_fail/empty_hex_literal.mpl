# error: `0x` with no digits after it
fn main() do
  let color = 0x
  println("${color}")
end
