# Util.Render: interfaces implemented by models, services and errors in other modules (interfaces and impls are global)

pub interface Renderable do
  fn render(self) -> String
  fn label(self) -> String do
    "item"
  end
  fn line(self) -> String do
    "[" <> self.label() <> "] " <> self.render()
  end
end

pub interface Weighted do
  fn weight(self) -> Int
  fn heavier_than(self, limit :: Int) -> Bool do
    self.weight() > limit
  end
end

pub fn render_all<T: Renderable>(xs :: List<T>) -> List<String> do
  List.map(xs, fn x -> x.line() end)
end

pub fn heaviest<T: Weighted>(xs :: List<T>) -> Option<T> do
  List.reduce(xs, None, fn best, x -> keep_heavier(best, x) end)
end

fn keep_heavier<T: Weighted>(best :: Option<T>, x :: T) -> Option<T> do
  case best do
    Some(b) when b.weight() >= x.weight() -> best
    _ -> Some(x)
  end
end

pub fn top_weighted<T: Weighted>(xs :: List<T>, n :: Int) -> List<T> do
  xs
    |> List.sort(fn a, b -> b.weight() - a.weight() end)
    |> List.take(n)
end

pub fn total_weight<T: Weighted>(xs :: List<T>) -> Int = List.reduce(xs, 0, fn acc, x -> acc + x.weight() end)
