# Display, Eq and Ord through user impls on large nested values while the collector runs (the closures allocate)
struct Tag do
  id :: Int
  label :: String
end

impl Display for Tag do
  fn to_string(self) -> String do
    let pad = String.repeat("-", 20)
    "<" <> self.label <> String.slice(pad, 0, 1) <> "${self.id}>"
  end
end

struct Loose do
  n :: Int
end

impl Eq for Loose do
  fn eq(self, other :: Loose) -> Bool do
    let a = String.repeat("x", 30) <> "${self.n % 10}"
    let b = String.repeat("x", 30) <> "${other.n % 10}"
    a == b
  end
end

impl Ord for Loose do
  fn compare(self, other :: Loose) -> Ordering do
    let a = "${self.n % 10}" <> String.repeat("y", 30)
    let b = "${other.n % 10}" <> String.repeat("y", 30)
    compare(a, b)
  end
end

fn main() do
  let tags = List.map(Range.to_list(0..60000), fn i -> Tag { id: i, label: "t" <> String.from(i % 7) } end)
  let nested = List.map(Range.to_list(0..3), fn k -> (k, tags) end)
  let text = "${nested}"
  println("${String.length(text)}")
  println(String.slice(text, 0, 40))
  let xs = List.map(Range.to_list(0..50000), fn i -> Loose { n: i } end)
  let ys = List.map(Range.to_list(0..50000), fn i -> Loose { n: i + 10 } end)
  println("${xs == ys}")
  let zs = List.map(Range.to_list(0..50000), fn i -> Loose { n: i + 1 } end)
  println("${xs == zs}")
  println("${compare(xs, ys) == Equal} ${xs < zs}")
  println("${[Some(Loose { n: 3 })] == [Some(Loose { n: 13 })]}")
end
