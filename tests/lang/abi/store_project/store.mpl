# Store: builds a Map<String, Item> and returns Items inside Item!StoreError, Results of tuples and Options of maps
from Models import Item, StoreError, Problem, item

pub fn stock() -> Map<String, Item> do
  let items = [item("a1", "anvil", 3, 99.5), item("b2", "bolt", 0, 0.25), item("c3", "crate", 12, 7.75)]
  List.reduce(items, Map.new(), fn m, it -> Map.put(m, it.sku, it) end)
end

pub fn find(m :: Map<String, Item>, sku :: String) -> Item!StoreError do
  if Map.has_key(m, sku) do Ok(Map.get(m, sku)) else Err(Missing(sku)) end
end

pub fn take(m :: Map<String, Item>, sku :: String, n :: Int) -> (Map<String, Item>, Item)!StoreError do
  let it = find(m, sku)?
  if n <= 0 do
    Err(Invalid(Problem { sku: sku, reason: "bad amount ${n}" }))
  else if it.qty < n do
    Err(OutOfStock(it, n))
  else
    let left = %{it | qty: it.qty - n, active: it.qty - n > 0}
    Ok((Map.put(m, sku, left), %{it | qty: n}))
  end
end

pub fn tag(m :: Map<String, Item>, sku :: String, t :: String) -> Option<Map<String, Item>> do
  case find(m, sku) do
    Ok(it) -> Some(Map.put(m, sku, %{it | tags: List.append(it.tags, t)}))
    Err(_) -> None
  end
end
