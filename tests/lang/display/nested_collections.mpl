# Display of nested collections: maps of lists, lists of maps, sets inside lists and tuples, tuple map keys, options of lists, results of maps, empty containers, strings unquoted everywhere
fn main() do
  let m = %{"a" => [1, 2], "b" => []}
  println("${m}")
  let lm = [%{1 => "one"}, %{}, %{2 => "two", 3 => "three"}]
  println("${lm}")
  println("${[Set.from_list([1, 2]), Set.new()]}")
  let tk = Map.put(Map.put(Map.new(), (1, "x"), true), (2, "y"), false)
  println("${tk}")
  let o :: Option<List<String>> = Some(["p", "q"])
  println("${o}")
  let r :: Result<Map<String, Int>, String> = Ok(%{"k" => 1})
  println("${r}")
  let nested = [[["deep"]], [[]]]
  println("${nested}")
  let tup = ([1], %{"z" => (0, 0)}, Set.from_list(["s"]))
  println("${tup}")
  let odd_strings = ["a b", "", "c,d"]
  println("${odd_strings} ${List.length(odd_strings)}")
  let mm = %{"outer" => %{"inner" => [1.5, 2.0]}}
  println("${mm}")
  println("${[Some([1]), None]}")
  println("${[(1, [true]), (2, [])]}")
end
