# error: `0b102` contains the digit `2`, which is not binary
fn flags() -> Int do
  let read = 0b100
  let write = 0b102
  read + write
end

fn main() do
  println("${flags()}")
end
