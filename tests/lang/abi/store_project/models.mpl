# Models: a six-field pub struct with derived Json, a problem struct and an error sum type carrying structs, shared by the other modules
pub struct Item do
  sku :: String
  name :: String
  qty :: Int
  price :: Float
  active :: Bool
  tags :: List<String>
end deriving(Eq, Display, Json)

pub struct Problem do
  sku :: String
  reason :: String
end deriving(Eq, Display)

pub type StoreError do
  Missing(String)
  Invalid(Problem)
  OutOfStock(Item, Int)
end deriving(Eq, Display)

pub fn item(sku :: String, name :: String, qty :: Int, price :: Float) -> Item do
  Item { sku: sku, name: name, qty: qty, price: price, active: qty > 0, tags: [] }
end
