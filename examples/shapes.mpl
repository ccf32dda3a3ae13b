# Sum types, pattern matching and an interface with an implementation.
type Shape do
  Circle(Float)
  Rect(Float, Float)
  Square(Float)
end deriving(Display)

interface Area do
  fn area(self) -> Float
end

impl Area for Shape do
  fn area(self) -> Float do
    case self do
      Circle(r) -> Math.pi * r * r
      Rect(w, h) -> w * h
      Square(s) -> s * s
    end
  end
end

fn describe(s :: Shape) -> String do
  let kind = case s do
    Circle(_) -> "round"
    Rect(w, h) when w == h -> "square-ish"
    Rect(_, _) | Square(_) -> "angular"
  end
  "${s} is ${kind}"
end

fn main() do
  let shapes = [Circle(1.0), Rect(2.0, 3.0), Rect(2.0, 2.0), Square(1.5)]
  for s in shapes do
    println(describe(s))
  end
  let total = List.reduce(shapes, 0.0, fn acc, s -> acc + s.area() end)
  println("total area above 13: ${total > 13.0}")
end
