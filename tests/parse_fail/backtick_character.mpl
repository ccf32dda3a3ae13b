# error: unexpected backtick character (markdown-style quoting)
fn main() do
  let cmd = `ls -la`
  println(cmd)
end
