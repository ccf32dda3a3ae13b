# errors (3): line 2 `import math` lowercase; line 3 `from Shapes import` with nothing; line 4 `import Geo.` trailing dot
import math
from Shapes import
import Geo.

fn main() do
  println("ok")
end
