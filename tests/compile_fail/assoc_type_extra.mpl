# error: impl declares associated type `Extra` that interface Describe does not declare (E0041)
struct Gadget do
  id :: Int
end

interface Describe do
  type Out
  fn describe(self) -> Self.Out
end

impl Describe for Gadget do
  type Out = String
  type Extra = Int
  fn describe(self) -> String do
    "gadget ${self.id}"
  end
end

fn main() do
  let g = Gadget { id: 1 }
  println(g.describe())
end
