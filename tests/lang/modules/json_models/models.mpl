# Models: parses users from JSON text, returning User!String across modules
import Models.Records

pub fn parse_user(text :: String) -> User!String do
  let u = User.from_json(text)?
  if u.age < 0 do
    Err("negative age")
  else
    Ok(u)
  end
end
