# Maps of structs: struct updates stored back with Map.put, for with `when` filters over map entries, nested struct updates, derived Display of values
struct Price do
  cents :: Int
  discounted :: Bool
end deriving(Eq, Display)

struct Item do
  qty :: Int
  price :: Price
  reorder_at :: Int
end deriving(Eq, Display)

fn restock(m :: Map<String, Item>, name :: String, n :: Int) -> Map<String, Item> do
  let it = Map.get(m, name)
  Map.put(m, name, %{it | qty: it.qty + n})
end

fn sell(m :: Map<String, Item>, name :: String, n :: Int) -> Map<String, Item>!String do
  if not Map.has_key(m, name) do
    return Err("unknown item " <> name)
  end
  let it = Map.get(m, name)
  if it.qty < n do
    Err("only ${it.qty} ${name} left")
  else
    Ok(Map.put(m, name, %{it | qty: it.qty - n}))
  end
end

fn discount(m :: Map<String, Item>, name :: String, pct :: Int) -> Map<String, Item> do
  let it = Map.get(m, name)
  let p = it.price
  let new_price = %{p | cents: p.cents * (100 - pct) / 100, discounted: true}
  Map.put(m, name, %{it | price: new_price})
end

fn value(m :: Map<String, Item>) -> Int do
  let parts = for {_, it} in m do it.qty * it.price.cents end
  List.reduce(parts, 0, fn a, b -> a + b end)
end

fn apply_sale(m :: Map<String, Item>, sale :: (String, Int)) -> Map<String, Item> do
  let (name, n) = sale
  case sell(m, name, n) do
    Ok(m2) -> m2
    Err(e) -> log_and_keep(m, e)
  end
end

fn log_and_keep(m :: Map<String, Item>, e :: String) -> Map<String, Item> do
  println("rejected: " <> e)
  m
end

fn main() do
  let stock = %{
    "bolt" => Item { qty: 100, price: Price { cents: 25, discounted: false }, reorder_at: 20 },
    "nut" => Item { qty: 80, price: Price { cents: 10, discounted: false }, reorder_at: 50 },
    "gear" => Item { qty: 5, price: Price { cents: 1200, discounted: false }, reorder_at: 2 }
  }
  println("value ${value(stock)}")
  let sold = List.reduce([("bolt", 90), ("nut", 40), ("gear", 9), ("cog", 1), ("gear", 4)], stock, apply_sale)
  for {name, it} in sold do
    println(name <> " ${it}")
  end
  let low = for {name, it} in sold when it.qty < it.reorder_at do name end
  println("reorder ${low}")
  let refilled = List.reduce(low, sold, fn m, name -> restock(m, name, Map.get(stock, name).reorder_at * 2) end)
  println("${Map.values(refilled)}")
  let sale = discount(refilled, "gear", 25)
  println("gear now ${Map.get(sale, "gear").price}")
  let discounted = for {name, it} in sale when it.price.discounted do name end
  println("discounted ${discounted}")
  println("value ${value(sale)}")
  println("${Map.get(sale, "bolt") == Map.get(refilled, "bolt")} ${Map.get(sale, "gear") == Map.get(refilled, "gear")}")
  let expensive = for {name, it} in sale when it.price.cents > 100 and it.qty > 0 do "${name}:${it.qty}" end
  println(String.join(expensive, ","))
end
