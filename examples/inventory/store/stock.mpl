# The stock service: state is a map from SKU to item; replies carry structs inside Results.
from Store.Item import Item

service Stock do
  fn init() -> Map<String, Item> do Map.new() end

  cast Add(item :: Item) do |items|
    Map.put(items, item.sku, item)
  end

  call Take(sku :: String, n :: Int) :: Item!String do |items|
    if Map.has_key(items, sku) do
      let item = Map.get(items, sku)
      if item.qty >= n do
        let left = %{item | qty: item.qty - n}
        (Map.put(items, sku, left), Ok(left))
      else
        (items, Err("only ${item.qty} of ${sku} left"))
      end
    else
      (items, Err("unknown item ${sku}"))
    end
  end

  call Total() :: Int do |items|
    let total = items |> Map.values() |> List.reduce(0, fn acc, i -> acc + i.qty end)
    (items, total)
  end
end
