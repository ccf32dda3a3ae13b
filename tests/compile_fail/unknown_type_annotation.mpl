# error: parameter annotated with unknown type `Strin`
fn greet(name :: Strin) -> String do
  "hi " <> name
end

fn main() do
  println(greet("Ann"))
end
