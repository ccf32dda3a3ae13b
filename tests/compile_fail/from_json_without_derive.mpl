# error: `User.from_json` called but `User` does not derive Json
struct User do
  name :: String
end

fn main() do
  case User.from_json("{\"name\":\"a\"}") do
    Ok(u) -> println(u.name)
    Err(e) -> println(e)
  end
end
