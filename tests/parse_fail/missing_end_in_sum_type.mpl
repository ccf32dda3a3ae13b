# error: missing `end` for `type Shape`
pub type Shape do
  Circle(Float)
  Square(Float)

fn area(s :: Shape) -> Float do
  case s do
    Circle(r) -> 3.14 * r * r
    Square(a) -> a * a
  end
end
