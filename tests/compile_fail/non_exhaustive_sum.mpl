# error: non-exhaustive case on `Shape`: `Triangle` not covered (E0012)
type Shape do
  Circle(Float)
  Square(Float)
  Triangle(Float, Float)
end

fn area(s :: Shape) -> Float do
  case s do
    Circle(r) -> 3.14 * r * r
    Square(a) -> a * a
  end
end

fn main() do
  println("${area(Circle(1.0))}")
end
