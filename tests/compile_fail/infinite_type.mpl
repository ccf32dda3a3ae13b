# error: self-application `f(f)` needs an infinite type (occurs check)
fn apply_self(f) do
  f(f)
end

fn main() do
  println("ok")
end
