# errors (3): line 3 `0xZZ` invalid hex; line 7 `0b102` invalid binary; line 11 integer too large
fn red() -> Int do
  0xZZ
end

fn flags() -> Int do
  0b102
end

fn big() -> Int do
  123456789012345678901234
end

fn main() do
  println("${red() + flags() + big()}")
end
