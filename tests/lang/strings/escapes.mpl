# Escape sequences: \n \t \r \0 \\ \" and \$; unknown escapes yield the character; `$` without `{` is literal
fn main() do
  println("${String.length("a\0b")}")
  println("${String.length("\r\n")}")
  println("${String.length("\t")}")
  let parts = String.split("a\tb\tc", "\t")
  println("${parts}")
  println("quote: \"q\" backslash: \\ dollar: \$")
  println("price: $5 and ${"$"}6")
  println("\x\y\z")
  let lines = String.split("one\ntwo\nthree", "\n")
  println("${List.length(lines)} " <> List.last(lines))
  let crlf = String.split("a\r\nb", "\r\n")
  println("${crlf}")
  println("""triple "quotes" with \t tab and ${1 + 1}""")
end
