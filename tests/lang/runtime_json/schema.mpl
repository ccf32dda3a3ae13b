# Derived Schema defaults: __table__ (lowercase name + "s"), __primary_key__ ("id"), __fields__ in declaration order, __field_types__ (BIGINT, DOUBLE PRECISION, BOOLEAN, TEXT), no relationships
struct Product do
  name :: String
  stock :: Int
  price :: Float
  listed :: Bool
  notes :: String
end deriving(Schema, Row, Json)

struct LineItem do
  qty :: Int
end deriving(Schema)

fn main() do
  println(Product.__table__())
  println(Product.__primary_key__())
  println(String.join(Product.__fields__(), ","))
  for t in Product.__field_types__() do
    println(t)
  end
  println("relationships ${List.length(Product.__relationships__())}")
  println("meta ${List.length(Product.__relationship_meta__())}")
  println(LineItem.__table__())
  println("${LineItem.__fields__()}")
  println("${LineItem.__field_types__()}")
end
