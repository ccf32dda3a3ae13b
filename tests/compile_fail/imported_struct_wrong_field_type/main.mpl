# errors (2): builds a Geometry.Point with a Float field; passes a String to Geometry.distance_sq which wants Geometry.Point
import Geometry

fn main() do
  let p = Point { x: 1.5, y: 2 }
  println("${Geometry.distance_sq(p, "origin")}")
end
