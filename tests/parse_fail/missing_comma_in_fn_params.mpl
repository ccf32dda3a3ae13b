# error: missing `,` between function parameters
fn area(w :: Int h :: Int) -> Int do
  w * h
end

fn main() do
  println("${area(2, 3)}")
end
