# Items kept in stock.
pub struct Item do
  sku :: String
  name :: String
  qty :: Int
end deriving(Eq, Display, Json)

pub fn describe(item :: Item) -> String do
  "${item.name} (${item.sku}): ${item.qty} left"
end
