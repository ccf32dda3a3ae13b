# error: second clause of `f` matches a 3-tuple while the first matches a 2-tuple (checker currently panics)
fn f((a, b)) = a
fn f((a, b, c)) = b
fn main() do
  println("${f((1, 2))}")
end
