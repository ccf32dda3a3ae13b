# error: `from Geometry import perimeter` - Geometry has no `perimeter`
from Geometry import area, perimeter

fn main() do
  println("${area(2)}")
end
