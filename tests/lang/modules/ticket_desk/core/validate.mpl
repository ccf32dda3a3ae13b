# Core.Validate: field validators returning ValidationError results, composed with `?`
from Core.Errors import ValidationError

pub fn non_blank(field :: String, value :: String) -> String!ValidationError do
  if String.length(String.trim(value)) == 0 do
    Err(Blank(field))
  else
    Ok(String.trim(value))
  end
end

pub fn length_between(field :: String, value :: String, min :: Int, max :: Int) -> String!ValidationError do
  let v = non_blank(field, value)?
  let n = String.length(v)
  if n < min do
    Err(TooShort(field, min))
  else if n > max do
    Err(TooLong(field, max))
  else
    Ok(v)
  end
end

pub fn email(value :: String) -> String!ValidationError do
  let v = non_blank("email", value)?
  let parts = String.split(v, "@")
  if List.length(parts) != 2 do
    return Err(BadFormat("email", "needs exactly one @"))
  end
  let domain = List.get(parts, 1)
  if not String.contains(domain, ".") do
    Err(BadFormat("email", "needs a dotted domain"))
  else
    Ok(String.to_lower(v))
  end
end

pub fn tags(values :: List<String>) -> List<String>!ValidationError do
  let cleaned = values
    |> List.map(fn t -> String.to_lower(String.trim(t)) end)
    |> List.filter(fn t -> t != "" end)
  if List.length(cleaned) > 4 do
    Err(BadFormat("tags", "allow at most 4 entries"))
  else
    Ok(dedupe(cleaned, []))
  end
end

fn dedupe(xs :: List<String>, seen :: List<String>) -> List<String> do
  case xs do
    x :: rest when List.contains(seen, x) -> dedupe(rest, seen)
    x :: rest -> dedupe(rest, List.append(seen, x))
    _ -> seen
  end
end

pub fn positive(field :: String, n :: Int) -> Int!ValidationError do
  if n > 0 do Ok(n) else Err(BadFormat(field, "must be positive")) end
end
