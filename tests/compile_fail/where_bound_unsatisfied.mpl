# error: `all_labels([1.5])` - Float does not implement `Label` required by `where T: Label`
interface Label do
  fn label(self) -> String
end

impl Label for Int do
  fn label(self) -> String do "int:${self}" end
end

fn all_labels<T>(xs :: List<T>) -> List<String> where T: Label do
  List.map(xs, fn x -> x.label() end)
end

fn main() do
  println("${all_labels([1.5])}")
end
