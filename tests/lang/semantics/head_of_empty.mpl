# List.head on an empty list panics (LANGUAGE.md 5.3): output printed before the call is kept and the program exits with status 1
fn first_word(s :: String) -> String do
  let words = List.filter(String.split(s, " "), fn w -> w != "" end)
  List.head(words)
end

fn main() do
  println(first_word("hello world"))
  println(first_word("  padded  "))
  println(first_word("   "))
  println("unreachable")
end
