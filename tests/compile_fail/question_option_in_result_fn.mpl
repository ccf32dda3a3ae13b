# error: `?` on an Option inside a function returning Result<Int, String> (Option's None cannot be returned as a Result)
fn parse(s :: String) -> Int!String do
  let n = String.to_int(s)?
  Ok(n)
end

fn main() do
  case parse("4") do
    Ok(v) -> println("${v}")
    Err(e) -> println(e)
  end
end
