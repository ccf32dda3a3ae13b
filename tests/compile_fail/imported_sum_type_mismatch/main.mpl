# error: a `Shapes.Kinds.Shape` value is returned from a function declared `-> String`
from Shapes.Kinds import Shape, circle

fn describe(r :: Float) -> String do
  circle(r)
end

fn main() do
  println(describe(1.0))
end
