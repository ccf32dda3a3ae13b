# Multi-module project: nested folders (math/vector.mpl is Math.Vector, used as Vector.dot), three-level paths, from-imports
import Math.Vector
import Math.Stats.Summary
from Util.Format import show_vec, banner

fn main() do
  let a = Vector.new(1, 2, 3)
  let b = Vector.new(4, 5, 6)
  println(banner("vectors"))
  println("dot ${Vector.dot(a, b)}")
  println(show_vec(Vector.add(a, b)))
  println(show_vec(Vector.scale(a, 2)))
  let c = Vec3 { x: 0, y: 0, z: 1 }
  println("dot with z ${Vector.dot(b, c)}")
  let xs = [3, 1, 4, 1, 5]
  println("mean*100 ${Summary.mean_x100(xs)}")
  println("max ${Summary.max_of(xs)}")
end
