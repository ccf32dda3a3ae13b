# error: impl of Describe for Gadget lacks the associated type `Out` (E0040)
struct Gadget do
  id :: Int
end

interface Describe do
  type Out
  fn describe(self) -> Self.Out
end

impl Describe for Gadget do
  fn describe(self) -> String do
    "gadget ${self.id}"
  end
end

fn main() do
  println(Gadget { id: 1 }.describe())
end
