# Associated types and Iterable: an interface with `type Item`, impls for two containers, a user struct usable in for loops with when filters, generic functions over the interface
interface Container do
  type Item
  fn items(self) -> List<Self.Item>
  fn size(self) -> Int
  fn is_empty(self) -> Bool do
    self.size() == 0
  end
end

struct Shelf do
  books :: List<String>
  owner :: String
end

struct Bins do
  counts :: Map<String, Int>
end

impl Container for Shelf do
  type Item = String
  fn items(self) -> List<String> = self.books
  fn size(self) -> Int = List.length(self.books)
end

impl Container for Bins do
  type Item = Int
  fn items(self) -> List<Int> = Map.values(self.counts)
  fn size(self) -> Int = Map.size(self.counts)
  fn is_empty(self) -> Bool = List.all(Map.values(self.counts), fn n -> n == 0 end)
end

impl Iterable for Shelf do
  type Item = String
  type Iter = ListIterator
  fn iter(self) do
    Iter.from(self.books)
  end
end

fn describe<C: Container>(c :: C, label :: String) -> String do
  label <> ": ${c.size()} entries, empty=${c.is_empty()}"
end

fn main() do
  let shelf = Shelf { books: ["Dune", "Emma", "Ulysses", "It"], owner: "ann" }
  let bins = Bins { counts: %{"red" => 0, "blue" => 0} }
  let full = Bins { counts: %{"red" => 4, "blue" => 1, "green" => 6} }
  println(describe(shelf, "shelf"))
  println(describe(bins, "bins"))
  println(describe(full, "full"))
  println(describe(Shelf { books: [], owner: "bob" }, "bare"))
  println("${shelf.items()} ${full.items()}")
  let total = List.reduce(full.items(), 0, fn a, b -> a + b end)
  println("total ${total}")
  for b in shelf do
    println(shelf.owner <> " owns " <> b)
  end
  let short = for b in shelf when String.length(b) <= 4 do String.to_lower(b) end
  println("${short}")
  let lengths = for b in shelf do String.length(b) end
  println("${lengths}")
end
