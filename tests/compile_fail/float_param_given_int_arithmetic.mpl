# error: Float parameter multiplied by an Int literal inside the body
fn scale(x :: Float) -> Float do
  x * 2
end

fn main() do
  println("${scale(1.5)}")
end
