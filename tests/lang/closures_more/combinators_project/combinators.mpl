# Combinators: untyped, inferred-generic functions that build and combine closures; imported and used as values by Main
pub fn compose(f, g) do
  fn x -> g(f(x)) end
end

pub fn twice(f) do
  fn x -> f(f(x)) end
end

pub fn flip(f) do
  fn a, b -> f(b, a) end
end

pub fn identity(x) = x

pub fn const_fn(v) do
  fn _ -> v end
end
