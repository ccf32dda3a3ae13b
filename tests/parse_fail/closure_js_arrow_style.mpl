# error: JavaScript-style arrow function `(x) -> x + 1` is not a closure; use `fn(x) -> x + 1 end`
fn main() do
  let inc = (x) -> x + 1
  println("${inc(2)}")
end
