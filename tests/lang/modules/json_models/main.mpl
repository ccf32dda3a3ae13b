# Multi-module project: cross-module T.from_json and Json.encode of imported derived types; User!String results
import Models
import Models.Records

fn nick(u :: User) -> String do
  case u.nickname do
    Some(n) -> n
    None -> "-"
  end
end

fn show(r :: User!String) -> String do
  case r do
    Ok(u) -> u.name <> " " <> String.from(u.age) <> " " <> nick(u) <> " " <> u.address.city <> " ${List.length(u.tags)}"
    Err(e) -> "error: " <> e
  end
end

fn main() do
  let u = Records.sample()
  let text = Json.encode(u)
  println(Json.get(text, "name"))
  println(Json.get(text, "age"))
  println(Json.get(text, "tags"))
  println("[" <> Json.get(text, "nickname") <> "]")
  println(Json.get_nested(text, "address", "city"))
  case User.from_json(text) do
    Ok(back) -> println("round trip ${back == u}")
    Err(e) -> println("decode error " <> e)
  end
  println(show(Models.parse_user("{\"name\":\"Bo\",\"age\":4,\"tags\":[],\"nickname\":\"b\",\"address\":{\"city\":\"Rome\"}}")))
  println(show(Models.parse_user("{\"name\":\"Cy\",\"age\":-1,\"tags\":[\"x\"],\"nickname\":null,\"address\":{\"city\":\"Bern\"}}")))
  println(show(Models.parse_user("{\"name\":\"Di\",\"tags\":[],\"nickname\":null,\"address\":{\"city\":\"Bern\"}}")))
  case Models.parse_user("[1, 2") do
    Ok(_) -> println("unexpected")
    Err(_) -> println("invalid json rejected")
  end
  println(Json.encode(Member(3)))
  println(Json.encode(Admin))
end
