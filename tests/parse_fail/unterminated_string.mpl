# error: unterminated string literal (no closing `"`)
fn main() do
  let name = "mesh
  println("hello")
end
