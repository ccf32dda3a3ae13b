# error: empty type parameter list `<>` in a function declaration
fn identity<>(x) do
  x
end

fn main() do
  println("${identity(1)}")
end
