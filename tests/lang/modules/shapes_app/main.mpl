# Multi-module project: `from Shapes.Kinds import Shape, area` (unqualified names), pub sum type variants across modules
from Shapes.Kinds import Shape, area
import Shapes.Kinds
import Shapes.Render

fn count_circles(xs :: List<Shape>) -> Int do
  List.length(List.filter(xs, fn s -> case s do
    Shape.Circle(_) -> true
    _ -> false
  end end))
end

fn main() do
  let shapes = [Circle(1.0), Square(2.0), Rect(2.0, 3.5), Circle(2.0)]
  for line in Render.describe_all(shapes) do
    println(line)
  end
  let total = List.reduce(List.map(shapes, area), 0.0, fn a, b -> a + b end)
  println("total ${total}")
  println("circles ${count_circles(shapes)}")
  let u = Kinds.unit_square()
  println(Render.describe(u))
  println("${u == Square(1.0)}")
end
