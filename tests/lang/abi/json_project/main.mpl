# Multi-module project: Json structs and sum types from Api.Types nested in Api.User's Account, encoded and decoded in both modules (cross-module from_json), compared after round trips
import Api.User
from Api.Types import Address, Role

fn handle_of(r :: Account!String) -> String do
  case r do
    Ok(a) -> a.handle
    Err(_) -> "?"
  end
end

fn main() do
  let a1 = Account { id: 1, handle: "ann", roles: [Admin, Member(3)], home: Address { street: "1 Main", city: "Oslo", zip: Some("0150") }, alt: None, rating: 4.5 }
  let text = Json.encode(a1)
  println(text)
  println("${Account.from_json(text) == Ok(a1)}")
  let a2 = %{a1 | id: 2, handle: "bo", roles: [Guest("visitor")], alt: Some(%{a1.home | city: "Bergen", zip: None}), rating: 0.5}
  let texts = [Json.encode(a2), "{\"id\":3}", text]
  let decoded = User.decode_all(texts)
  println("${List.map(decoded, handle_of)}")
  case List.head(decoded) do
    Ok(a) -> println("${a.alt} ${a.roles}")
    Err(e) -> println(e)
  end
  println(Json.encode(a2.alt))
  println("${Address.from_json("{\"street\":\"s\",\"city\":\"c\",\"zip\":\"z\"}")}")
  println("${User.encode_all([a1, a2]) == "[" <> text <> "," <> Json.encode(a2) <> "]"}")
  let m = %{"first" => a1}
  println(Json.get_nested(Json.encode(m), "first", "handle"))
  println("${Role.from_json("{\"tag\":\"Member\",\"fields\":[7]}")}")
  println("${List.get(decoded, 2) == Ok(a1)}")
end
