# Struct schema options (table, primary_key, timestamps, belongs_to, has_many, has_one) with deriving(Schema, Row, Json)
struct Customer do
  name :: String
end deriving(Schema)

struct InvoiceLine do
  amount :: Int
end deriving(Schema)

struct Receipt do
  code :: String
end deriving(Schema)

struct Invoice do
  table "billing_invoices"     # custom table name
  primary_key :number          # custom primary key
  timestamps true
  number :: String
  total :: Int
  paid :: Bool
  belongs_to :customer, Customer
  has_many :lines, InvoiceLine
  has_one :receipt, Receipt
end deriving(Schema, Row, Json)

struct Tag do
  name :: String
  weight :: Int
  score :: Float
  active :: Bool
end deriving(Schema)

struct Reading do
  sensor :: String
  value :: Float
  count :: Int
  ok :: Bool
  note :: Option<String>
end deriving(Row)

fn show(r :: Reading!String) -> String do
  case r do
    Ok(rd) ->
      let note = case rd.note do
        Some(n) -> n
        None -> "none"
      end
      "${rd.sensor} ${rd.value} ${rd.count} ${rd.ok} ${note}"
    Err(e) -> "error: " <> e
  end
end

fn main() do
  println(Invoice.__table__())
  println(Customer.__table__())
  println(InvoiceLine.__table__())
  println(Invoice.__primary_key__())
  println(Customer.__primary_key__())
  println("${Tag.__fields__()}")
  println("${Tag.__field_types__()}")
  println(Tag.__weight_col__())
  println("${Invoice.__relationships__()}")
  println("${Invoice.__relationship_meta__()}")
  let row = %{"sensor" => "t1", "value" => "2.5", "count" => "3", "ok" => "yes", "note" => ""}
  println(show(Reading.from_row(row)))
  println(show(Reading.from_row(%{"sensor" => "t2", "value" => "1", "count" => "7", "ok" => "f", "note" => "calibrated"})))
  println(show(Reading.from_row(%{"sensor" => "t3", "value" => "1.0", "count" => "x", "ok" => "t", "note" => ""})))
  println(show(Reading.from_row(%{"sensor" => "t4", "value" => "1.0", "ok" => "1", "note" => ""})))
end
