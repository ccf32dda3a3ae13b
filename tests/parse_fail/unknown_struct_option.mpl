# error: `indexes` is not a struct option (table, primary_key, timestamps, belongs_to, has_many, has_one)
struct Order do
  table "orders"
  indexes [:customer_id]
  total :: Int
  belongs_to :customer, Customer
end deriving(Schema, Row)

fn main() do
  println(Order.__table__())
end
