# Json deriving with Eq and Display: encode/decode round trips of nested structs, sum types, Options, lists and a generic struct instantiated at two types
struct Point do
  x :: Int
  y :: Int
end deriving(Eq, Display, Json)

type Mark do
  Dot(Point)
  Segment(Point, Point)
  Blank
end deriving(Eq, Display, Json)

struct Layer do
  id :: Int
  marks :: List<Mark>
  weight :: Float
  parent :: Option<Int>
end deriving(Eq, Json)

struct Page<T> do
  items :: List<T>
  total :: Int
end deriving(Json)

fn decode_layer(text :: String) -> Layer!String do
  let layer = Layer.from_json(text)?
  if layer.weight < 0.0 do
    Err("negative weight")
  else
    Ok(layer)
  end
end

fn describe(r :: Layer!String) -> String do
  case r do
    Ok(l) -> "layer ${l.id} with ${List.length(l.marks)} marks, weight ${l.weight}, parent " <> parent_text(l.parent)
    Err(e) -> "error: " <> e
  end
end

fn parent_text(p :: Option<Int>) -> String do
  case p do
    Some(id) -> "${id}"
    None -> "none"
  end
end

fn main() do
  let p = Point { x: 3, y: -4 }
  let text = Json.encode(p)
  println(Json.get(text, "x") <> "," <> Json.get(text, "y"))
  case Point.from_json(text) do
    Ok(q) -> println("point ${q} equal ${q == p}")
    Err(e) -> println("error: " <> e)
  end
  let marks = [Dot(p), Segment(Point { x: 0, y: 0 }, Point { x: 1, y: 1 }), Blank]
  for m in marks do
    let encoded = Json.encode(m)
    case Mark.from_json(encoded) do
      Ok(back) -> println("${back} survives: ${back == m}")
      Err(e) -> println("error: " <> e)
    end
  end
  println(Json.encode(Blank))
  let layer = Layer { id: 7, marks: marks, weight: 2.5, parent: None }
  let layer_text = Json.encode(layer)
  println(Json.get(layer_text, "id") <> " " <> Json.get(layer_text, "weight") <> " [" <> Json.get(layer_text, "parent") <> "]")
  case Layer.from_json(layer_text) do
    Ok(back) -> println("layer equal ${back == layer}")
    Err(e) -> println("error: " <> e)
  end
  println(describe(decode_layer(layer_text)))
  println(describe(decode_layer("{\"id\":1,\"marks\":[],\"weight\":-1,\"parent\":3}")))
  println(describe(decode_layer("{\"id\":2,\"marks\":[{\"tag\":\"Blank\",\"fields\":[]}],\"weight\":4,\"parent\":9}")))
  println(describe(decode_layer("{\"id\":3,\"marks\":[],\"parent\":null}")))
  case decode_layer("[oops") do
    Ok(_) -> println("unexpected")
    Err(_) -> println("bad json rejected")
  end
  let page = Page { items: [p, Point { x: 1, y: 2 }], total: 2 }
  let page_text = Json.encode(page)
  println(Json.get(page_text, "total"))
  let decoded :: Page<Point>!String = Page.from_json(page_text)
  case decoded do
    Ok(pg) -> println("page of ${pg.total}: ${pg.items}")
    Err(e) -> println("error: " <> e)
  end
  let names = Page { items: ["a", "b", "c"], total: 3 }
  println(Json.get(Json.encode(names), "items"))
end
