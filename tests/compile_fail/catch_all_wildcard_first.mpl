# error: wildcard catch-all clause `label(_, _)` is not last (E0022)
fn label(0, _) = "zero-first"
fn label(_, _) = "anything"
fn label(1, 1) = "ones"

fn main() do
  println(label(1, 1))
end
