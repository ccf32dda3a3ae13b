# error: pattern uses constructor `Blue`, which is not a variant of `Color`
type Color do
  Red
  Green
end

fn name(c :: Color) -> String do
  case c do
    Red -> "red"
    Blue -> "blue"
    _ -> "other"
  end
end

fn main() do
  println(name(Red))
end
