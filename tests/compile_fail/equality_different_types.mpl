# error: `==` compares an Int with a String
fn main() do
  let n = 1
  if n == "1" do
    println("equal")
  end
end
