# error: `area(2)` is used unqualified but only `import Geometry` was done (needs Geometry.area or `from Geometry import area`)
import Geometry

fn main() do
  println("${area(2)}")
end
