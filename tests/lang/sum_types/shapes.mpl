# Sum types with payloads: construction, matching with bare and qualified (Shape.Rect) patterns, guards
type Shape do
  Circle(Float)
  Rect(Float, Float)
  Triangle(Float, Float, Float)
  Dot
end

fn area(s :: Shape) -> Float do
  case s do
    Circle(r) -> 3.0 * r * r
    Shape.Rect(w, h) -> w * h
    Triangle(a, b, c) ->
      let p = (a + b + c) / 2.0
      Math.sqrt(p * (p - a) * (p - b) * (p - c))
    Dot -> 0.0
  end
end

fn name(s :: Shape) -> String do
  case s do
    Circle(_) -> "circle"
    Rect(w, h) when w == h -> "square"
    Rect(_, _) -> "rect"
    Triangle(_, _, _) -> "triangle"
    Shape.Dot -> "dot"
  end
end

fn main() do
  let shapes = [Circle(2.0), Rect(3.0, 4.0), Rect(2.0, 2.0), Triangle(3.0, 4.0, 5.0), Dot]
  for s in shapes do
    println(name(s) <> " " <> String.from(area(s)))
  end
  let total = List.reduce(List.map(shapes, area), 0.0, fn acc, a -> acc + a end)
  println("total ${total}")
  let big = List.filter(shapes, fn s -> area(s) > 5.0 end)
  println("big ${List.length(big)}")
end
