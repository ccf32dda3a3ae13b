# error: case arm is missing `->` between the pattern and the body
fn unwrap_or(x :: Option<Int>, d :: Int) -> Int do
  case x do
    Some(v) v
    None -> d
  end
end

fn main() do
  println("${unwrap_or(None, 7)}")
end
