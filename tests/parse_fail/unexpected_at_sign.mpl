# error: unexpected character `@` (Elixir-style module attribute)
@timeout 5000

fn main() do
  println("starting")
end
