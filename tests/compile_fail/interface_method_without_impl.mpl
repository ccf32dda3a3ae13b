# error: `describe` is an interface method but `Int` has no impl of `Describe`
interface Describe do
  fn describe(self) -> String
end

struct Gadget do
  id :: Int
end

impl Describe for Gadget do
  fn describe(self) -> String do
    "gadget ${self.id}"
  end
end

fn main() do
  let n = 5
  println(n.describe())
end
