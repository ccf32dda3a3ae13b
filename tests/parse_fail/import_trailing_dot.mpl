# error: `import Math.` ends with a dot and no module segment
import Math.

fn main() do
  println("ok")
end
