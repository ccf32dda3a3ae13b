# error: third branch of an else-if chain is a Float while the others are Int
fn grade(n :: Int) -> Int do
  if n > 90 do
    1
  else if n > 50 do
    2
  else
    3.0
  end
end

fn main() do
  println("${grade(70)}")
end
