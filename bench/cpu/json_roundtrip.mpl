# JSON: encode 200,000 structs to a JSON array and decode them back.
struct Item do
  id :: Int
  name :: String
  price :: Float
  tags :: List<String>
end deriving(Json)

struct Order do
  items :: List<Item>
end deriving(Json)

fn items(i :: Int, n :: Int, acc :: List<Item>) -> List<Item> do
  if i == n do
    acc
  else
    items(i + 1, n, List.append(acc, Item { id: i, name: "item \"${i}\"", price: Int.to_float(i) * 0.25 + 0.125, tags: ["a", "b${i % 5}"] }))
  end
end

fn main() do
  let order = Order { items: items(0, 200000, []) }
  let text = Json.encode(order)
  case Order.from_json(text) do
    Ok(back) -> println("${String.length(text)} ${List.length(back.items)} ${List.get(back.items, 199999).name}")
    Err(e) -> println("error: ${e}")
  end
end
