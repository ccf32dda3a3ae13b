# Display and Debug of Option and Result values: Some/None/Ok/Err with payloads, nested
fn parse(s :: String) -> Int!String do
  case String.to_int(s) do
    Some(n) -> Ok(n)
    None -> Err("bad: " <> s)
  end
end

fn main() do
  println("${Some(3)}")
  let n :: Option<Int> = None
  println("${n}")
  println("${parse("12")}")
  println("${parse("x")}")
  println("${[Some(1), None, Some(3)]}")
  println("${Some(Some("deep"))}")
  println("${Some("quoted").inspect()}")
  println(parse("x").inspect())
  println("${Ok([1, 2])}")
end
