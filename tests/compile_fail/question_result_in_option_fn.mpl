# error: `?` on a Result inside a function returning Option<Int> (E0036)
fn f() -> Option<Int> do
  let x = Ok(1)?
  Some(x)
end
fn main() do
  println("x")
end
