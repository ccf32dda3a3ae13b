# error: triple-quoted string is never closed
fn usage() -> String do
  """
  usage: tool [options]
    --help   show this help
  "
end

fn main() do
  println(usage())
end
