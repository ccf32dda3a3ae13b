# error: `from Geometry area, perimeter` is missing the `import` keyword
from Geometry area, perimeter

fn main() do
  println("${area(2.0)}")
end
