# error: `Util.helper()` calls a private function of module Util
import Util

fn main() do
  println(Util.public_api())
  println(Util.helper())
end
