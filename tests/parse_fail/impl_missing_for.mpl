# error: `impl` is missing `for` between the interface and the type
struct Gadget do
  id :: Int
end

interface Describe do
  fn describe(self) -> String
end

impl Describe Gadget do
  fn describe(self) -> String do "gadget ${self.id}" end
end
