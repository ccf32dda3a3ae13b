# error: type annotation `::` in `let` is not followed by a type
fn main() do
  let port :: = 8080
  println("${port}")
end
