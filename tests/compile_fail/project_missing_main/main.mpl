# error: project main.mpl defines no `fn main()` (only `fn start()`)
import Helpers

fn start() do
  println(Helpers.greeting())
end
