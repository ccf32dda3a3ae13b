# error: `from Shapes import` with no names after `import`
from Shapes import

fn main() do
  println("ok")
end
