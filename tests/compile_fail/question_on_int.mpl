# error: `?` applied to an Int, which is neither Result nor Option (E0037)
fn double(n :: Int) -> Int!String do
  let m = n?
  Ok(m * 2)
end

fn main() do
  case double(2) do
    Ok(v) -> println("${v}")
    Err(e) -> println(e)
  end
end
