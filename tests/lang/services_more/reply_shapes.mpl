# Service replies of every shape: struct, Result of struct (Ok and Err), tuple of struct and Result, list of sum types, map of structs, Option, list of tuples, Float, Bool, unit
type Kind do
  Small
  Large(Int)
  Named(String, Int)
end

struct Item do
  name :: String
  qty :: Int
  tags :: List<String>
end

struct Inventory do
  items :: List<Item>
  kinds :: List<Kind>
  touched :: Int
end

service Shop do
  fn init() -> Inventory do
    Inventory { items: [Item { name: "bolt", qty: 40, tags: ["metal", "small"] }, Item { name: "glue", qty: 0, tags: [] }], kinds: [Small, Large(9), Named("x", 2)], touched: 0 }
  end
  call First() :: Item do |inv|
    (inv, List.head(inv.items))
  end
  call Find(name :: String) :: Item!String do |inv|
    (inv, find(inv, name))
  end
  call Stock(name :: String) :: (Item, Int!String) do |inv|
    case find(inv, name) do
      Ok(i) -> (inv, (i, if i.qty > 0 do Ok(i.qty) else Err("out of stock") end))
      Err(e) -> (inv, (Item { name: "?", qty: 0, tags: [] }, Err(e)))
    end
  end
  call Kinds() :: List<Kind> do |inv|
    (inv, inv.kinds)
  end
  call ByName() :: Map<String, Item> do |inv|
    (inv, List.reduce(inv.items, %{}, fn m, i -> Map.put(m, i.name, i) end))
  end
  call Empty(name :: String) :: Option<Item> do |inv|
    (inv, List.find(inv.items, fn i -> i.name == name and i.qty == 0 end))
  end
  call Counts() :: List<(String, Option<Int>)> do |inv|
    (inv, List.map(inv.items, fn i -> (i.name, if i.qty > 0 do Some(i.qty) else None end) end))
  end
  call All() :: List<Item>!String do |inv|
    (inv, Ok(inv.items))
  end
  call Ratio() :: Float do |inv|
    (inv, Int.to_float(List.length(inv.kinds)) / 4.0)
  end
  call Has(name :: String) :: Bool do |inv|
    (inv, List.any(inv.items, fn i -> i.name == name end))
  end
  call Touch() :: () do |inv|
    (%{inv | touched: inv.touched + 1}, ())
  end
  call Touched() :: Int do |inv|
    (inv, inv.touched)
  end
end

fn find(inv :: Inventory, name :: String) -> Item!String do
  case List.find(inv.items, fn i -> i.name == name end) do
    Some(i) -> Ok(i)
    None -> Err("no item " <> name)
  end
end

fn show(i :: Item) -> String = i.name <> " x${i.qty} [" <> String.join(i.tags, ",") <> "]"

fn show_res(r :: Item!String) -> String do
  case r do
    Ok(i) -> "ok " <> show(i)
    Err(e) -> "err " <> e
  end
end

fn kind_text(k :: Kind) -> String do
  case k do
    Small -> "small"
    Large(n) -> "large ${n}"
    Named(s, n) -> "named " <> s <> " ${n}"
  end
end

fn main() do
  let s = Shop.start()
  println("first: " <> show(Shop.first(s)))
  println("find bolt: " <> show_res(Shop.find(s, "bolt")))
  println("find nut: " <> show_res(Shop.find(s, "nut")))
  for name in ["bolt", "glue", "nut"] do
    let (item, stock) = Shop.stock(s, name)
    let st = case stock do
      Ok(n) -> "${n} left"
      Err(e) -> e
    end
    println("stock " <> name <> ": " <> show(item) <> " / " <> st)
  end
  println("kinds: " <> String.join(List.map(Shop.kinds(s), kind_text), "; "))
  let m = Shop.by_name(s)
  println("by name keys ${Map.keys(m)}, glue: " <> show(Map.get(m, "glue")))
  case Shop.empty(s, "glue") do
    Some(i) -> println("empty: " <> i.name)
    None -> println("none empty")
  end
  case Shop.empty(s, "bolt") do
    Some(i) -> println("empty: " <> i.name)
    None -> println("bolt is not empty")
  end
  for pair in Shop.counts(s) do
    let (n, c) = pair
    let t = case c do
      Some(q) -> "${q}"
      None -> "none"
    end
    println("count " <> n <> " " <> t)
  end
  case Shop.all(s) do
    Ok(items) -> println("all: " <> String.join(List.map(items, show), " | "))
    Err(e) -> println(e)
  end
  println("ratio ${Shop.ratio(s)}")
  println("has glue ${Shop.has(s, "glue")}, has nut ${Shop.has(s, "nut")}")
  Shop.touch(s)
  let u = Shop.touch(s)
  println("touched ${Shop.touched(s)} times, unit reply ${u == ()}")
end
