# error: passes a Geometry.Point where an Int is expected (message should say `Geometry.Point` and geometry.mpl)
import Geometry

fn double(n :: Int) -> Int = n * 2

fn main() do
  let p = Geometry.origin()
  println("${double(p)}")
end
