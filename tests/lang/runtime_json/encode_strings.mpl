# Json.encode escapes strings: quotes, backslashes, newlines, tabs, carriage returns, NUL; non-ASCII text stays as UTF-8; the escaped text round-trips through Json.get
fn main() do
  println(Json.encode("say \"hi\""))
  println(Json.encode("back\\slash"))
  println(Json.encode("line1\nline2"))
  println(Json.encode("tab\there"))
  println(Json.encode("cr\rlf"))
  println(Json.encode("nul\0end"))
  println(Json.encode("café ünïcødé"))
  println(Json.encode("日本語 😀"))
  println(Json.encode("a/b <tag> & 'single'"))
  println(JSON.encode_string("q\"\\\n"))
  println(Json.encode(["x\"y", "\n"]))
  let original = "tricky \"quoted\" \\ text\nwith lines\tand tabs, é and 😀"
  let doc = "{\"k\":" <> Json.encode(original) <> "}"
  let back = Json.get(doc, "k")
  println("round trip: ${back == original}")
  println("length: ${String.length(back)}")
end
