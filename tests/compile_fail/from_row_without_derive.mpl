# error: `Item.from_row` called but `Item` does not derive Row
struct Item do
  id :: Int
end deriving(Json)

fn main() do
  case Item.from_row(%{"id" => "1"}) do
    Ok(i) -> println("${i.id}")
    Err(e) -> println(e)
  end
end
