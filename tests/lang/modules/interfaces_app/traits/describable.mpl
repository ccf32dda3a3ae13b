# Traits.Describable: a pub interface with a default method; interfaces and impls are global
pub interface Describable do
  fn describe(self) -> String
  fn tag(self) -> String do
    "creature"
  end
end
