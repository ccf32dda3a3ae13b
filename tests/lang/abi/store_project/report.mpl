# Report: consumes values made in Models and Store; impl From<StoreError> for its own error struct so `?` converts across modules
import Store
from Models import Item, StoreError

pub struct ReportError do
  message :: String
end deriving(Display)

impl From<StoreError> for ReportError do
  fn from(e :: StoreError) -> ReportError do
    case e do
      Missing(s) -> ReportError { message: "no such sku " <> s }
      Invalid(p) -> ReportError { message: p.sku <> ": " <> p.reason }
      OutOfStock(it, n) -> ReportError { message: "only ${it.qty} ${it.name} left, wanted ${n}" }
    end
  end
end

pub fn line(it :: Item) -> String = "${it.sku} ${it.name} x${it.qty} @ ${it.price}"

pub fn order(m :: Map<String, Item>, sku :: String, n :: Int) -> (Map<String, Item>, String)!ReportError do
  let (m2, got) = Store.take(m, sku, n)?
  Ok((m2, "shipped " <> line(got)))
end

pub fn value(m :: Map<String, Item>) -> Float do
  List.reduce(Map.values(m), 0.0, fn acc, it -> acc + Int.to_float(it.qty) * it.price end)
end
