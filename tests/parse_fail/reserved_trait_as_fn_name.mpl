# error: `trait` is a reserved keyword and cannot be used as a function name
pub fn trait(x :: Int) -> String do
  "trait ${x}"
end

fn main() do
  println(trait(1))
end
