# error: impl of `Describe` for type `Gizmo`, which is not defined
interface Describe do
  fn describe(self) -> String
end

impl Describe for Gizmo do
  fn describe(self) -> String do
    "gizmo"
  end
end

fn main() do
  println("ok")
end
