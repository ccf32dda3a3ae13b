# error: three-module import cycle One -> Two -> Three -> One (using `from ... import`)
from One import one

fn main() do
  println("${one()}")
end
