# deriving(Json) on a six-field struct with a list of structs and an Option field: encode, decode (reordered, missing Option, errors), round-trip equality
struct Tag do
  name :: String
  weight :: Int
end deriving(Eq, Json, Display)

struct Doc do
  id :: Int
  title :: String
  rating :: Float
  public :: Bool
  tags :: List<Tag>
  parent :: Option<Int>
end deriving(Eq, Json, Display)

fn show(r :: Doc!String) -> String do
  case r do
    Ok(d) -> "ok ${d}"
    Err(e) -> "err " <> e
  end
end

fn main() do
  let d1 = Doc { id: 7, title: "Notes \"draft\"", rating: 4.5, public: true, tags: [Tag { name: "a", weight: 1 }, Tag { name: "b", weight: 2 }], parent: None }
  let d2 = Doc { id: 8, title: "x", rating: 0.25, public: false, tags: [], parent: Some(3) }
  let t1 = Json.encode(d1)
  let t2 = Json.encode(d2)
  println(t1)
  println(t2)
  println("${Doc.from_json(t1) == Ok(d1)} ${Doc.from_json(t2) == Ok(d2)} ${Doc.from_json(t1) == Ok(d2)}")
  println(show(Doc.from_json("{\"parent\": 1, \"tags\": [{\"weight\": 5, \"name\": \"z\"}], \"public\": true, \"rating\": 2, \"title\": \"t\", \"id\": 1}")))
  println(show(Doc.from_json("{\"id\":2,\"title\":\"u\",\"rating\":1.5,\"public\":false,\"tags\":[]}")))
  println(show(Doc.from_json("{\"id\":2,\"rating\":1.5,\"public\":false,\"tags\":[],\"parent\":null}")))
  let wrong = Doc.from_json("{\"id\":\"seven\",\"title\":\"u\",\"rating\":1.5,\"public\":false,\"tags\":[],\"parent\":null}")
  let truncated = Doc.from_json(String.slice(t1, 0, 20))
  let frac = Doc.from_json("{\"id\":2.5,\"title\":\"u\",\"rating\":1.5,\"public\":false,\"tags\":[],\"parent\":null}")
  let fails = List.map([wrong, truncated, frac], fn r -> case r do
    Ok(_) -> "ok"
    Err(_) -> "err"
  end end)
  println("${fails}")
  println(Json.encode(Tag { name: "line\nbreak", weight: -4 }))
  println(Json.encode([Tag { name: "p", weight: 0 }, Tag { name: "q", weight: 9 }]))
  println(Json.encode(%{"only" => Tag { name: "m", weight: 3 }}))
  println(Json.get(t1, "tags"))
  println(Json.get(t1, "title"))
  println(Json.get(t2, "parent") <> " " <> Json.get(t1, "rating"))
  let decoded = case Doc.from_json(t1) do
    Ok(d) -> d.tags
    Err(_) -> []
  end
  println("${List.map(decoded, fn t -> t.weight * 10 end)}")
end
