# deriving(Json) on sum types carrying structs, inside a struct with List<Shape> and Option<Shape> fields: tag/fields encoding, from_json of both, round trips
struct Point do
  x :: Int
  y :: Int
end deriving(Eq, Json, Display)

type Shape do
  Circle(Float)
  Rect(Float, Float)
  Marker(Point, String)
  Empty
end deriving(Eq, Json, Display)

struct Drawing do
  name :: String
  shapes :: List<Shape>
  focus :: Option<Shape>
  origin :: Point
end deriving(Eq, Json, Display)

fn show_shape(r :: Shape!String) -> String do
  case r do
    Ok(s) -> "shape ${s}"
    Err(_) -> "shape error"
  end
end

fn main() do
  println(Json.encode(Circle(1.5)))
  println(Json.encode(Rect(2.5, 0.5)))
  println(Json.encode(Marker(Point { x: 1, y: -2 }, "pin")))
  println(Json.encode(Empty))
  let d = Drawing { name: "d1", shapes: [Circle(0.5), Empty, Marker(Point { x: 3, y: 4 }, "m")], focus: Some(Rect(1.5, 2.5)), origin: Point { x: 0, y: 0 } }
  let text = Json.encode(d)
  println(text)
  let back = Drawing.from_json(text)
  println("${back == Ok(d)}")
  case back do
    Ok(dd) -> println("${dd.focus} ${List.length(dd.shapes)} ${List.get(dd.shapes, 2)}")
    Err(e) -> println("error " <> e)
  end
  let none_focus = %{d | focus: None, shapes: []}
  let t2 = Json.encode(none_focus)
  println(t2)
  println("${Drawing.from_json(t2) == Ok(none_focus)}")
  println(show_shape(Shape.from_json("{\"tag\":\"Rect\",\"fields\":[1,2]}")))
  println(show_shape(Shape.from_json("{\"tag\":\"Marker\",\"fields\":[{\"x\":5,\"y\":6},\"here\"]}")))
  println(show_shape(Shape.from_json("{\"tag\":\"Empty\",\"fields\":[]}")))
  println(show_shape(Shape.from_json("{\"tag\":\"Hexagon\",\"fields\":[]}")))
  println(show_shape(Shape.from_json("[1, 2]")))
  let shapes = [Circle(0.25), Rect(0.5, 0.75), Empty]
  let round = List.map(shapes, fn s -> Shape.from_json(Json.encode(s)) end)
  println("${round}")
end
