# error: import cycle Alpha -> Beta -> Alpha
import Alpha

fn main() do
  println(Alpha.name())
end
