# Json: encoding primitives, lists, options, maps, derived structs and variants; Json.get/get_nested; JSON.* helpers; from_json errors
struct Address do
  city :: String
  zip :: String
end deriving(Json)

struct Person do
  name :: String
  age :: Int
  address :: Address
  score :: Float
end deriving(Json)

type Shape do
  Circle(Float)
  Dot
end deriving(Json)

fn describe(r :: Person!String) -> String do
  case r do
    Ok(p) -> "decoded ${p.name} ${p.age} ${p.address.city} ${p.address.zip} ${p.score}"
    Err(e) -> "error " <> e
  end
end

fn main() do
  println(Json.encode(42))
  println(Json.encode("hi"))
  println(Json.encode([1, 2, 3]))
  println(Json.encode(true))
  println(Json.encode(%{"a" => 1, "b" => 2}))
  let some :: Option<Int> = Some(5)
  let none :: Option<Int> = None
  println(Json.encode(some) <> " " <> Json.encode(none))
  println(Json.encode(Circle(3.5)))
  println(Json.encode(Dot))
  println(Json.encode(["x", "y"]))
  let p = Person { name: "Ann", age: 31, address: Address { city: "Oslo", zip: "0150" }, score: 9.5 }
  let text = Json.encode(p)
  println(Json.get(text, "name"))
  println(Json.get(text, "age"))
  println(Json.get(text, "score"))
  println(Json.get_nested(text, "address", "city"))
  println("[" <> Json.get(text, "missing") <> "]")
  println("[" <> Json.get("not json", "a") <> "]")
  println(describe(Person.from_json(text)))
  println(describe(Person.from_json("{\"name\": \"Bo\", \"age\": 4, \"address\": {\"city\": \"Rome\", \"zip\": \"00100\"}, \"score\": 7}")))
  println(describe(Person.from_json("{\"name\":\"Cy\",\"address\":{\"city\":\"X\",\"zip\":\"1\"},\"score\":1.5}")))
  case Person.from_json("{oops") do
    Ok(_) -> println("unexpected")
    Err(_) -> println("bad json rejected")
  end
  case Person.from_json("{\"name\":\"Di\",\"age\":\"old\",\"address\":{\"city\":\"X\",\"zip\":\"1\"},\"score\":1.5}") do
    Ok(_) -> println("unexpected")
    Err(_) -> println("wrong type rejected")
  end
  println(JSON.encode_int(42) <> " " <> JSON.encode_bool(false) <> " " <> JSON.encode_string("hello"))
  case JSON.parse("[1, 2]") do
    Ok(_) -> println("parsed")
    Err(_) -> println("parse failed")
  end
  println(Json.get_nested("{\"a\":{\"b\":7}}", "a", "b"))
end
