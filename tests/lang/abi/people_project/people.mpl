# People: a six-field Json struct decoded with from_json inside this module, closures over it returned as values, Results and lists of structs handed out
pub struct Person do
  name :: String
  age :: Int
  email :: Option<String>
  score :: Float
  admin :: Bool
  friends :: List<String>
end deriving(Eq, Display, Json)

pub fn parse_all(texts :: List<String>) -> List<Person!String> = List.map(texts, fn t -> Person.from_json(t) end)

pub fn valid(rs :: List<Person!String>) -> List<Person> do
  List.flat_map(rs, fn r -> case r do
    Ok(p) -> [p]
    Err(_) -> []
  end end)
end

pub fn errors(rs :: List<Person!String>) -> List<String> do
  List.flat_map(rs, fn r -> case r do
    Ok(_) -> []
    Err(e) -> [e]
  end end)
end

pub fn by_age() -> Fun(Person, Person) -> Int do
  fn(a :: Person, b :: Person) -> a.age - b.age end
end

pub fn older_than(n :: Int) -> Fun(Person) -> Bool do
  fn(p :: Person) -> p.age > n end
end
