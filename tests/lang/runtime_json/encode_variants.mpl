# Json.encode of sum types: {"tag":..,"fields":[..]} ([] when nullary), payloads of every kind (struct, list, option, string), nested variants, Result values, and round trips through from_json
struct Point do
  x :: Int
  y :: Int
end deriving(Eq, Json)

type Shape do
  Circle(Float)
  Rect(Float, Float)
  Dot
  At(Point)
  Poly(List<Point>)
  Labeled(String, Shape)
  Maybe(Option<Int>)
end deriving(Eq, Display, Json)

fn check(s :: Shape) -> String do
  let text = Json.encode(s)
  case Shape.from_json(text) do
    Ok(back) -> text <> " " <> (if back == s do "ok" else "changed" end)
    Err(e) -> text <> " error: " <> e
  end
end

fn main() do
  println(check(Circle(3.14)))
  println(check(Rect(2.5, 0.5)))
  println(check(Dot))
  println(check(At(Point { x: 1, y: -2 })))
  println(check(Poly([Point { x: 0, y: 0 }, Point { x: 3, y: 4 }])))
  println(check(Poly([])))
  println(check(Labeled("a \"b\"", Labeled("inner", Dot))))
  println(check(Maybe(Some(7))))
  println(check(Maybe(None)))
  println(Json.encode([Dot, Circle(1.5)]))
  let good :: Result<Int, String> = Ok(3)
  let bad :: Result<Int, String> = Err("boom")
  println(Json.encode(good))
  println(Json.encode(bad))
  case Shape.from_json("{\"tag\":\"Rect\",\"fields\":[1,2]}") do
    Ok(s) -> println("decoded ${s}")
    Err(e) -> println("error: " <> e)
  end
end
