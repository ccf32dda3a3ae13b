# Schema options: table, primary_key, timestamps (adds inserted_at, updated_at), belongs_to / has_many / has_one in __relationships__ and __relationship_meta__, and per-field __<field>_col__
struct Invoice do
  table "billing_invoices"
  primary_key :number
  timestamps true
  number :: String
  amount :: Float
  belongs_to :customer, Customer
  has_many :lines, InvoiceLine
  has_one :receipt, Receipt
end deriving(Schema, Row, Json)

struct Customer do
  name :: String
end deriving(Schema)

fn main() do
  println(Invoice.__table__())
  println(Invoice.__primary_key__())
  println(String.join(Invoice.__fields__(), ","))
  println(String.join(Invoice.__field_types__(), ","))
  for r in Invoice.__relationships__() do
    println(r)
  end
  for r in Invoice.__relationship_meta__() do
    println(r)
  end
  println(Invoice.__number_col__() <> " " <> Invoice.__amount_col__())
  println(Customer.__table__() <> " " <> Customer.__primary_key__() <> " " <> Customer.__name_col__())
end
