# error: function declared to return (Int, String) returns (String, Int)
fn pair() -> (Int, String) do
  ("a", 1)
end

fn main() do
  let (a, b) = pair()
  println("${a} " <> b)
end
