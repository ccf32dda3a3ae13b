# error: function returns Int!String but one branch returns Err(404) (Int error)
fn fetch(id :: Int) -> Int!String do
  if id > 0 do
    Ok(id)
  else
    Err(404)
  end
end

fn main() do
  println("ok")
end
