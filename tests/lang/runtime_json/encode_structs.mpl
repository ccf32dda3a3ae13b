# Json.encode of derived structs: an object keyed by field names in declaration order, nested structs as objects, list/option/map fields; Json.get reads the fields back
struct Address do
  street :: String
  city :: String
end deriving(Json)

struct Person do
  name :: String
  age :: Int
  height :: Float
  admin :: Bool
  address :: Address
  tags :: List<String>
  nickname :: Option<String>
  scores :: Map<String, Int>
end deriving(Json)

struct Team do
  title :: String
  members :: List<Person>
  lead :: Option<Person>
end deriving(Json)

fn main() do
  let home = Address { street: "1 Main \"St\"", city: "Oslo" }
  println(Json.encode(home))
  let ann = Person { name: "Ann", age: 31, height: 1.75, admin: true, address: home, tags: ["a", "b"], nickname: Some("annie"), scores: %{"math" => 90, "art" => 75} }
  let bo = Person { name: "Bo", age: 4, height: 0.5, admin: false, address: Address { street: "", city: "Rome" }, tags: [], nickname: None, scores: %{} }
  let text = Json.encode(ann)
  println(text)
  println(Json.encode(bo))
  println(Json.get(text, "name"))
  println(Json.get(text, "age"))
  println(Json.get(text, "height"))
  println(Json.get(text, "admin"))
  println(Json.get(text, "tags"))
  println(Json.get(text, "nickname"))
  println(Json.get_nested(text, "address", "street"))
  println(Json.get_nested(text, "scores", "art"))
  let team = Team { title: "core", members: [ann, bo], lead: None }
  let team_text = Json.encode(team)
  println(Json.get(team_text, "title"))
  println("[" <> Json.get(team_text, "lead") <> "]")
  println(Json.encode(Team { title: "solo", members: [], lead: Some(bo) }))
end
