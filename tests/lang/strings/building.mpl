# Building strings: <> concatenation, padding helpers, JSON by hand with \", legacy string_* aliases, method chains
fn pad_right(s :: String, width :: Int) -> String do
  if String.length(s) >= width do
    s
  else
    pad_right(s <> " ", width)
  end
end

fn repeat(s :: String, n :: Int) -> String do
  if n <= 0 do "" else s <> repeat(s, n - 1) end
end

fn main() do
  let rows = [("apple", 3), ("kiwi", 12), ("banana", 7)]
  let lines = List.map(rows, fn(row) do
    let (name, qty) = row
    pad_right(name, 8) <> "|" <> String.from(qty)
  end)
  for line in lines do
    println(line)
  end
  println(repeat("=-", 5))
  let json = "{\"name\":\"" <> "mesh" <> "\",\"n\":" <> String.from(3) <> "}"
  println(json)
  println("${string_length("abcd")}")
  println(string_to_upper("shout"))
  println(string_trim("  x  "))
  let word = "  Chain  "
  println("${word.trim().to_lower().length()}")
  println(word.trim().to_upper())
  let csv = List.reduce(["a", "b", "c"], "", fn acc, x -> if acc == "" do x else acc <> "," <> x end end)
  println(csv)
end
