# Store.Snapshot: exports tickets as JSON text with Json.encode and imports them back with Ticket.from_json, checking the round trip with derived Eq
from Models.Ticket import Ticket, Counts
from Models.Notice import Mail

pub fn export(ts :: List<Ticket>) -> List<String> = List.map(ts, fn t -> Json.encode(t) end)

pub fn import_all(texts :: List<String>) -> List<Ticket>!String do
  case texts do
    first :: rest -> prepend(Ticket.from_json(first)?, import_all(rest)?)
    _ -> Ok([])
  end
end

fn prepend(t :: Ticket, rest :: List<Ticket>) -> List<Ticket>!String = Ok([t] ++ rest)

pub fn verify(ts :: List<Ticket>) -> Bool!String do
  let back = import_all(export(ts))?
  Ok(back == ts)
end

pub fn field(text :: String, key :: String) -> String = Json.get(text, key)

pub fn counts_roundtrip(c :: Counts) -> Counts!String = Counts.from_json(Json.encode(c))

pub fn mail_roundtrip(m :: Mail) -> Bool do
  case Mail.from_json(Json.encode(m)) do
    Ok(back) -> back == m
    Err(_) -> false
  end
end
