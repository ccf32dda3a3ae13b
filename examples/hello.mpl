# The smallest Mesh program.
fn main() do
  println("Hello, Mesh!")
end
