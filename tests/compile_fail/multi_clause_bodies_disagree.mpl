# error: clauses of `kind` return String and Int
fn kind(0) = "zero"
fn kind(n) = n

fn main() do
  println(kind(0))
end
