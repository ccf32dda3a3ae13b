# error: String.to_int returns Option<Int>; it is passed straight to an Int parameter
fn double(n :: Int) -> Int = n * 2

fn main() do
  println("${double(String.to_int("21"))}")
end
