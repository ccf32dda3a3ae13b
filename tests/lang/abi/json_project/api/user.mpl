# Api.User: a six-field Json struct built from Api.Types values; decodes and encodes lists of them for other modules
from Api.Types import Address, Role

pub struct Account do
  id :: Int
  handle :: String
  roles :: List<Role>
  home :: Address
  alt :: Option<Address>
  rating :: Float
end deriving(Eq, Json, Display)

pub fn decode_all(texts :: List<String>) -> List<Account!String> = List.map(texts, fn t -> Account.from_json(t) end)

pub fn encode_all(xs :: List<Account>) -> String = "[" <> String.join(List.map(xs, fn a -> Json.encode(a) end), ",") <> "]"
