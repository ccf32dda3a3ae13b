# JSON.parse / Json.parse: Ok for any well-formed document (objects, arrays, scalars, whitespace), Err for malformed text
fn check(s :: String) -> String do
  case JSON.parse(s) do
    Ok(_) -> "ok"
    Err(_) -> "err"
  end
end

fn main() do
  println(check("{\"a\": [1, 2, {\"b\": null}]}"))
  println(check("[1, 2]"))
  println(check("  42  "))
  println(check("\"text\""))
  println(check("true"))
  println(check("null"))
  println(check("{}"))
  println(check("{oops"))
  println(check("[1, 2,]"))
  println(check(""))
  println(check("{\"a\": 1} extra"))
  println(check("'single'"))
  case Json.parse("{\"k\": \"v\"}") do
    Ok(_) -> println("Json.parse ok")
    Err(e) -> println("error " <> e)
  end
  case Json.parse("nope") do
    Ok(_) -> println("unexpected")
    Err(e) -> println("error message non-empty: ${String.length(e) > 0}")
  end
end
