# Object key order is kept: maps decoded by from_json keep the document's order, and Json.get of an object gives its keys as written (needs serde_json's preserve_order feature in mesh-rt)
struct Prefs do
  weights :: Map<String, Int>
end deriving(Json)

fn main() do
  case Prefs.from_json("{\"weights\": {\"zeta\": 1, \"alpha\": 2, \"mid\": 3}}") do
    Ok(p) -> println(String.join(Map.keys(p.weights), ","))
    Err(e) -> println("error: " <> e)
  end
  println(Json.get("{\"o\": {\"b\": 1, \"a\": 2}}", "o"))
  println(Json.get_nested("{\"o\": {\"x\": {\"z\": true, \"y\": false}}}", "o", "x"))
end
