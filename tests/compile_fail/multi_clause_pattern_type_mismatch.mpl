# error: one clause of `f` matches a String literal, another an Int literal, for the same parameter
fn f("a") = 1
fn f(0) = 2
fn f(_) = 3

fn main() do
  println("${f(0)}")
end
