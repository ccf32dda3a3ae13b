# Debug (inspect) of numbers, booleans, tuples, maps and sets: like Display, with strings quoted; Int and Float methods
struct Reading do
  value :: Float
  ok :: Bool
  place :: (String, Int)
end deriving(Debug)

fn main() do
  let r = Reading { value: 21.0, ok: true, place: ("lab", 3) }
  println(r.inspect())
  println(Reading { value: -0.5, ok: false, place: ("", -1) }.inspect())
  println(Map.put(Map.new(), "k", 1.5).inspect())
  println(Set.add(Set.new(), "s").inspect())
  println((1, "two", 3.0).inspect())
  println(42.inspect())
  println("tab\there".inspect())
  println(42.to_string() <> 2.5.to_string())
end
