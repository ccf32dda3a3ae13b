# Multi-module project: user module math.mpl shadows stdlib Math first, same-named private fns, `import String`, `from String import length`
import Math
import String
import StringUtils
from String import length

fn helper() -> String = "main helper"

fn main() do
  println("${Math.cube(3)}")
  println("${Math.abs(-4)}")
  println("${Math.sqrt(9.0)}")
  println("${Math.clamp(15, 0, 10)} ${Math.clamp(-2, 0, 10)} ${Math.clamp(5, 0, 10)}")
  println(helper())
  println(StringUtils.shout("hey"))
  let n = length("four")
  println("${n}")
  println("${StringUtils.double(21)}")
  println(String.to_upper("still stdlib"))
end
