# Models.Records: pub structs deriving Json (with a nested struct, a List and an Option field) and a pub sum type
pub struct Address do
  city :: String
end deriving(Eq, Json)

pub struct User do
  name :: String
  age :: Int
  tags :: List<String>
  nickname :: Option<String>
  address :: Address
end deriving(Eq, Json)

pub type Role do
  Admin
  Member(Int)
end deriving(Eq, Json)

pub fn sample() -> User do
  User { name: "Ann", age: 31, tags: ["admin", "ops"], nickname: None, address: Address { city: "Oslo" } }
end
