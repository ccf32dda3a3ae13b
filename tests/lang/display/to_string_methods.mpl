# to_string() method syntax and String.from on Display types: Bool, Int, Float, String, lists, maps, sets, tuples, options and derived structs; results are ordinary Strings
struct P do
  a :: Int
end deriving(Display)

fn main() do
  println(true.to_string() <> " " <> false.to_string() <> " " <> String.from(1 > 2))
  println([1, 2].to_string() <> " " <> ["x"].to_string())
  println(%{1 => true}.to_string())
  println((1, "a").to_string())
  println(Some(P { a: 1 }).to_string())
  println("${P { a: 2 }.to_string() == "P(2)"}")
  println("${String.length([1, 2, 3].to_string())}")
  println("abc".to_string() <> 2.5.to_string() <> (-3).to_string())
  println(Set.from_list([5]).to_string())
  let parts = List.map([1.0, 0.5, 100.25], fn f -> f.to_string() end)
  println(String.join(parts, "|"))
  let ps = List.map([P { a: 1 }, P { a: 22 }], fn p -> p.to_string() end)
  println(String.join(ps, "+") <> " " <> String.from(3.0) <> String.from(-4))
end
