# error: `${` opened right before the closing quote, never closed
fn show(total :: Int) -> String do
  let line = "total: ${total"
  line
end

fn main() do
  println(show(10))
end
