# case arms with several statements each, `match` as a synonym, `case f(x) do` directly, case as a value
fn parse_num(s :: String) -> Int!String do
  case String.to_int(s) do
    Some(n) -> Ok(n)
    None -> Err("not a number: " <> s)
  end
end

fn main() do
  let inputs = ["12", "x7", "30"]
  for s in inputs do
    case parse_num(s) do
      Ok(n) ->
        let doubled = n * 2
        println("parsed ${n}")
        println("doubled ${doubled}")
      Err(msg) ->
        println("failed")
        println(msg)
    end
  end
  let total = case parse_num("5") do
    Ok(n) ->
      let sq = n * n
      sq + 1
    Err(_) -> 0
  end
  println("${total}")
  match compare(3, 7) do
    Less -> println("less")
    Equal -> println("equal")
    Greater -> println("greater")
  end
  let label = match parse_num("-4") do
    Ok(n) when n < 0 ->
      let abs = 0 - n
      "negative, magnitude ${abs}"
    Ok(n) -> "non-negative ${n}"
    Err(e) -> e
  end
  println(label)
end
