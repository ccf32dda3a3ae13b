# A multi-clause function whose clauses are all guarded compiles, but a call that satisfies no guard panics at run time (no clause matches): exit status 1 after earlier output
fn sign_name(n) when n > 0 = "positive"
fn sign_name(n) when n < 0 = "negative"

fn main() do
  println(sign_name(5))
  println(sign_name(-5))
  println(sign_name(0))
  println("unreachable")
end
