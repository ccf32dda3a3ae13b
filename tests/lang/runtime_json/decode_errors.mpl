# from_json errors: bad JSON, missing field ("missing field: x"), missing or null Option field = None, wrong types name the field, Int fields reject fractions, Float fields take integers, unknown variants
struct Item do
  name :: String
  qty :: Int
  price :: Float
  note :: Option<String>
end deriving(Json)

struct Order do
  id :: Int
  items :: List<Item>
end deriving(Json)

type Status do
  Open
  Closed(Int)
end deriving(Json)

fn item(text :: String) -> String do
  case Item.from_json(text) do
    Ok(i) -> "ok " <> i.name <> " ${i.qty} ${i.price} " <> (case i.note do
      Some(n) -> n
      None -> "none"
    end)
    Err(e) -> "err " <> e
  end
end

fn mentions(r :: Item!String, word :: String) -> String do
  case r do
    Ok(_) -> "unexpected ok"
    Err(e) -> "rejected, names ${word}: ${String.contains(e, word)}"
  end
end

fn main() do
  println(item("{\"name\":\"pen\",\"qty\":2,\"price\":1.5,\"note\":\"blue\"}"))
  println(item("{\"name\":\"pen\",\"qty\":2,\"price\":1.5}"))
  println(item("{\"name\":\"pen\",\"qty\":2,\"price\":1.5,\"note\":null}"))
  println(item("{\"name\":\"pen\",\"qty\":2,\"price\":3}"))
  println(item("{\"qty\":2,\"price\":1.5}"))
  println(item("{\"name\":\"pen\",\"price\":1.5}"))
  println(item("{\"name\":\"pen\",\"qty\":2}"))
  println(mentions(Item.from_json("{\"name\":\"pen\",\"qty\":\"two\",\"price\":1.5}"), "qty"))
  println(mentions(Item.from_json("{\"name\":\"pen\",\"qty\":2.5,\"price\":1.5}"), "qty"))
  println(mentions(Item.from_json("{\"name\":7,\"qty\":2,\"price\":1.5}"), "name"))
  println(mentions(Item.from_json("{\"name\":\"pen\",\"qty\":2,\"price\":\"cheap\"}"), "price"))
  println(mentions(Item.from_json("{\"name\":\"pen\",\"qty\":2,\"price\":1.5,\"note\":5}"), "note"))
  case Item.from_json("{\"name\": \"pen\", oops}") do
    Ok(_) -> println("unexpected ok")
    Err(_) -> println("bad json rejected")
  end
  case Item.from_json("") do
    Ok(_) -> println("unexpected ok")
    Err(_) -> println("empty text rejected")
  end
  case Item.from_json("[1, 2]") do
    Ok(_) -> println("unexpected ok")
    Err(_) -> println("array rejected")
  end
  case Order.from_json("{\"id\":1,\"items\":[{\"name\":\"a\",\"qty\":1,\"price\":1},{\"name\":\"b\",\"qty\":true,\"price\":1}]}") do
    Ok(_) -> println("unexpected ok")
    Err(e) -> println("nested rejected, names qty: ${String.contains(e, "qty")}")
  end
  case Order.from_json("{\"id\":1,\"items\":[{\"name\":\"a\",\"qty\":1,\"price\":1}]}") do
    Ok(o) -> println("order ${o.id} with ${List.length(o.items)} item")
    Err(e) -> println("err " <> e)
  end
  case Order.from_json("{\"id\":1,\"items\":{}}") do
    Ok(_) -> println("unexpected ok")
    Err(e) -> println("items not a list, names items: ${String.contains(e, "items")}")
  end
  case Status.from_json("{\"tag\":\"Pending\",\"fields\":[]}") do
    Ok(_) -> println("unexpected ok")
    Err(_) -> println("unknown variant rejected")
  end
  case Status.from_json("{\"tag\":\"Closed\",\"fields\":[\"x\"]}") do
    Ok(_) -> println("unexpected ok")
    Err(_) -> println("bad payload rejected")
  end
  case Status.from_json("{\"tag\":\"Closed\",\"fields\":[3]}") do
    Ok(Closed(n)) -> println("closed ${n}")
    Ok(Open) -> println("open")
    Err(e) -> println("err " <> e)
  end
end
