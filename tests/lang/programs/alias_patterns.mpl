# Alias patterns (`p as n`) at the top of an arm and nested inside constructors and tuples, with or-patterns, negative literals and guards
type Shape do
  Circle(Float)
  Square(Float)
  Tri(Float, Float)
end deriving(Display)

fn size(s :: Shape) -> Float do
  case s do
    Circle(r) | Square(r) -> r
    Tri(a, b) -> a + b
  end
end

fn largest_first(p :: (Shape, Shape)) -> String do
  case p do
    (Circle(r) as c, other) when r > size(other) -> "circle wins: ${c}"
    (first, Square(_) as sq) -> "square second: ${sq} after ${first}"
    (a, b) -> "${a} then ${b}"
  end
end

fn depth(o :: Option<Option<Int>>) -> String do
  case o do
    Some(Some(-1) as inner) -> "inner minus one ${inner == Some(-1)}"
    Some(Some(n) as inner) when n > 10 -> "big ${unwrap(inner)}"
    Some(None) -> "inner none"
    Some(_) as outer -> "outer ${outer == None}"
    None -> "none"
  end
end

fn unwrap(o :: Option<Int>) -> Int do
  case o do
    Some(v) -> v
    None -> 0
  end
end

fn main() do
  println(largest_first((Circle(5.0), Square(2.0))))
  println(largest_first((Tri(1.0, 1.0), Square(2.5))))
  println(largest_first((Circle(1.0), Tri(2.0, 2.0))))
  for o in [Some(Some(-1)), Some(Some(42)), Some(None), Some(Some(3)), None] do
    println(depth(o))
  end
end
