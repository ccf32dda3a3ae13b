# Shapes.Kinds: a pub sum type with derived Display, pub functions over it and a private constant
pub type Shape do
  Circle(Float)
  Square(Float)
  Rect(Float, Float)
end deriving(Eq, Display)

fn pi_ish() -> Float = 3.0

pub fn area(s :: Shape) -> Float do
  case s do
    Circle(r) -> pi_ish() * r * r
    Square(a) -> a * a
    Rect(w, h) -> w * h
  end
end

pub fn unit_square() -> Shape = Square(1.0)
