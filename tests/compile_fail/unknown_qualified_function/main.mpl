# error: `Geometry.volume(2)` - module Geometry has no function `volume`
import Geometry

fn main() do
  println("${Geometry.area(2)}")
  println("${Geometry.volume(2)}")
end
