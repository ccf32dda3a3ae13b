# Shapes.Render: uses `from Shapes.Kinds import Shape, area` to describe shapes
from Shapes.Kinds import Shape, area

pub fn describe(s :: Shape) -> String do
  "${s} has area ${area(s)}"
end

pub fn describe_all(xs :: List<Shape>) -> List<String> = List.map(xs, describe)
