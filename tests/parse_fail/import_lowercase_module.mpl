# error: `import math`: module names are PascalCase (`import Math`)
import math

fn main() do
  println("${Math.sqrt(16.0)}")
end
