# error: catch-all clause `describe(n)` comes before the `describe(0)` clause (E0022)
fn describe(n) = "some number"
fn describe(0) = "zero"

fn main() do
  println(describe(0))
end
