# error: `0o78` contains the digit `8`, which is not octal
fn main() do
  let perms = 0o78
  println("${perms}")
end
