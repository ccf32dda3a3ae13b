# error: `{ ... }` used as a block instead of `do ... end`
fn max(a :: Int, b :: Int) -> Int {
  if a > b { a } else { b }
}

fn main() do
  println("${max(1, 2)}")
end
