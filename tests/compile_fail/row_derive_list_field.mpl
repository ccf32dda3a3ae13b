# error: deriving(Row) on a struct with a `List<Int>` field, which cannot be mapped from a database row (E0039)
struct Order do
  id :: Int
  item_ids :: List<Int>
end deriving(Row)

fn main() do
  let o = Order { id: 1, item_ids: [] }
  println("${o.id}")
end
