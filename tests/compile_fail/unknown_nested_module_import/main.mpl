# error: `from Math.Matrix import det` - there is math/vector.mpl but no math/matrix.mpl
from Math.Matrix import det

fn main() do
  println("${det(1)}")
end
