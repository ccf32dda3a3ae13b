# error: imported `Text.pad(s, n)` called with a single argument
from Text import pad

fn main() do
  println(pad("x"))
end
