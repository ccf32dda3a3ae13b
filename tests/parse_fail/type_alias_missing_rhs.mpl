# error: type alias `Handler` has `=` but no type
type Handler =

fn main() do
  println("ok")
end
