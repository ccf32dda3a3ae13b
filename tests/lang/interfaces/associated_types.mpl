# Interfaces: associated types (Self.Out), default methods, impls for structs and builtin types, method calls, where bounds
struct Gadget do
  id :: Int
  name :: String
end

struct Widget do
  size :: Int
end

interface Describe do
  type Out
  fn describe(self) -> Self.Out
  fn headline(self) -> String do
    "an item"
  end
end

impl Describe for Gadget do
  type Out = String
  fn describe(self) -> String do
    "gadget ${self.id}"
  end
  fn headline(self) -> String do
    "Gadget " <> self.name
  end
end

impl Describe for Widget do
  type Out = Int
  fn describe(self) -> Int do
    self.size * 2
  end
end

interface Area do
  fn area(self) -> Float
  fn scaled_area(self, k :: Float) -> Float do
    self.area() * k
  end
end

impl Area for Widget do
  fn area(self) -> Float do
    let s = Int.to_float(self.size)
    s * s
  end
end

interface Label do
  fn label(self) -> String
end

impl Label for Int do
  fn label(self) -> String do "int:${self}" end
end

impl Label for String do
  fn label(self) -> String do "str:" <> self end
end

fn all_labels<T>(xs :: List<T>) -> List<String> where T: Label do
  List.map(xs, fn x -> x.label() end)
end

fn main() do
  let g = Gadget { id: 7, name: "Lamp" }
  let w = Widget { size: 3 }
  println(g.describe())
  println(g.headline())
  println("${w.describe()}")
  println(w.headline())
  println("${w.area()} ${w.scaled_area(0.5)}")
  println(42.label())
  println("hi".label())
  println("${all_labels([1, 2])}")
  println("${all_labels(["a"])}")
end
