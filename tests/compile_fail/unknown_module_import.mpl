# error: `import Geometri` names a module that does not exist (typo of a module name)
import Geometri

fn main() do
  println("hello")
end
