# from_json(Json.encode(v)) round trips of a struct with nested structs, lists of structs, options, maps and a generic struct; fields are printed one by one
struct Coord do
  lat :: Float
  lon :: Float
end deriving(Json)

struct Stop do
  name :: String
  at :: Coord
  note :: Option<String>
end deriving(Json)

struct Route do
  id :: Int
  active :: Bool
  stops :: List<Stop>
  fares :: Map<String, Float>
  tags :: List<String>
  parent :: Option<Int>
  grid :: List<List<Int>>
end deriving(Json)

struct Box<T> do
  item :: T
  count :: Int
end deriving(Json)

fn note_text(n :: Option<String>) -> String do
  case n do
    Some(s) -> s
    None -> "-"
  end
end

fn show_stop(s :: Stop) -> String do
  s.name <> "@" <> "${s.at.lat},${s.at.lon} " <> note_text(s.note)
end

fn main() do
  let route = Route {
    id: 12,
    active: true,
    stops: [Stop { name: "North \"Gate\"", at: Coord { lat: 59.5, lon: 10.25 }, note: Some("line\nbreak") }, Stop { name: "Søndre", at: Coord { lat: -1.5, lon: 0.125 }, note: None }],
    fares: %{"adult" => 2.5, "child" => 1.25},
    tags: ["night", "express"],
    parent: None,
    grid: [[1, 2], [], [3]]
  }
  let text = Json.encode(route)
  case Route.from_json(text) do
    Ok(r) -> do_print(r)
    Err(e) -> println("error: " <> e)
  end
  let b = Box { item: Coord { lat: 1.5, lon: 2.5 }, count: 3 }
  let decoded :: Box<Coord>!String = Box.from_json(Json.encode(b))
  case decoded do
    Ok(x) -> println("box ${x.item.lat} ${x.item.lon} ${x.count}")
    Err(e) -> println("error: " <> e)
  end
  let names = Box { item: ["a", "b"], count: 2 }
  let decoded2 :: Box<List<String>>!String = Box.from_json(Json.encode(names))
  case decoded2 do
    Ok(x) -> println("names " <> String.join(x.item, "+") <> " ${x.count}")
    Err(e) -> println("error: " <> e)
  end
end

fn do_print(r :: Route) do
  println("id ${r.id} active ${r.active}")
  println("stops ${List.length(r.stops)}")
  for s in r.stops do
    println(show_stop(s))
  end
  println("adult ${Map.get(r.fares, "adult")} child ${Map.get(r.fares, "child")} size ${Map.size(r.fares)}")
  println("tags " <> String.join(r.tags, ","))
  println("parent " <> (case r.parent do
    Some(p) -> "${p}"
    None -> "none"
  end))
  println("grid ${r.grid}")
end
