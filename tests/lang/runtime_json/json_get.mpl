# Json.get / Json.get_nested: strings unquoted (escapes decoded), numbers and bools as text, arrays and objects as compact JSON, null / missing key / non-object / bad JSON give ""
fn show(s :: String) -> String do
  "[" <> s <> "]"
end

fn main() do
  let doc = "{ \"name\": \"Ann \\\"A\\\" Lee\", \"age\": 31, \"neg\": -4, \"ratio\": 0.25, \"big\": 1e3, \"ok\": true, \"off\": false, \"none\": null, \"list\": [1, \"two\", null, [3]], \"obj\": {\"a\": 1, \"b\": {\"c\": \"deep\"}}, \"empty\": \"\", \"multi\": \"x\\ny\" }"
  println(show(Json.get(doc, "name")))
  println(show(Json.get(doc, "age")))
  println(show(Json.get(doc, "neg")))
  println(show(Json.get(doc, "ratio")))
  println(show(Json.get(doc, "ok")))
  println(show(Json.get(doc, "off")))
  println(show(Json.get(doc, "none")))
  println(show(Json.get(doc, "list")))
  println(show(Json.get(doc, "obj")))
  println(show(Json.get(doc, "empty")))
  println(show(Json.get(doc, "multi")))
  println(show(Json.get(doc, "missing")))
  println(show(Json.get(doc, "Name")))
  println(show(Json.get_nested(doc, "obj", "a")))
  println(show(Json.get_nested(doc, "obj", "b")))
  println(show(Json.get_nested(doc, "obj", "zz")))
  println(show(Json.get_nested(doc, "name", "x")))
  println(show(Json.get_nested(doc, "list", "0")))
  println(show(Json.get_nested(doc, "nope", "a")))
  println(show(Json.get("not json", "a")))
  println(show(Json.get("{\"a\": 1", "a")))
  println(show(Json.get("[1, 2]", "a")))
  println(show(Json.get("\"str\"", "a")))
  println(show(Json.get("", "a")))
  println(show(Json.get("{\"a\":{\"b\":{\"c\":1}}}", "a")))
  println(show(Json.get_nested("{\"a\":{\"b\":{\"c\":[true]}}}", "a", "b")))
  println(show(Json.get("{\"é\": \"ü 😀\"}", "é")))
end
