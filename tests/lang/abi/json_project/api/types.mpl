# Api.Types: a Json struct with an Option field and a Json sum type, both embedded in a struct of another module
pub struct Address do
  street :: String
  city :: String
  zip :: Option<String>
end deriving(Eq, Json, Display)

pub type Role do
  Admin
  Member(Int)
  Guest(String)
end deriving(Eq, Json, Display)
