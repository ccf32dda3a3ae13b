# error: generic `all<T>` calls `x.label()` without a `where T: Label` bound
interface Label do
  fn label(self) -> String
end
impl Label for Int do
  fn label(self) -> String = "i"
end
fn all<T>(xs :: List<T>) -> List<String> do
  List.map(xs, fn x -> x.label() end)
end
fn main() do
  println("${all([1])}")
end
