# Services.Inventory: a service (always exported) with a pub struct in its state and Item!String replies
pub struct Item do
  name :: String
  qty :: Int
end

pub fn format_item(i :: Item) -> String = i.name <> " x" <> String.from(i.qty)

fn restock_level() -> Int = 5

service Inventory do
  fn init() -> Map<String, Item> do
    Map.new()
  end
  cast Add(item :: Item) do |stock|
    Map.put(stock, item.name, item)
  end
  call Count() :: Int do |stock|
    (stock, Map.size(stock))
  end
  call Take(name :: String, n :: Int) :: Item!String do |stock|
    if not Map.has_key(stock, name) do
      (stock, Err("no " <> name))
    else
      let item = Map.get(stock, name)
      if item.qty < n do
        (stock, Err("not enough " <> name))
      else
        let left = %{item | qty: item.qty - n}
        (Map.put(stock, name, left), Ok(left))
      end
    end
  end
  call Report() :: List<String> do |stock|
    let lines = for {name, item} in stock do
      let flag = if item.qty < restock_level() do " (restock)" else "" end
      format_item(item) <> flag
    end
    (stock, lines)
  end
end
