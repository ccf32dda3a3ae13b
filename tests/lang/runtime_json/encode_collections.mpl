# Json.encode of lists (nested, empty), Option (Some -> value, None -> null), Map<String, V> (insertion order), and Json.encode_map / Json.encode_list
fn main() do
  println(Json.encode([1, 2, 3]))
  println(Json.encode(["a", "b"]))
  println(Json.encode([[1, 2], [], [3]]))
  let empty :: List<Int> = []
  println(Json.encode(empty))
  println(Json.encode([1.5, -2.25]))
  println(Json.encode([true, false]))
  let some :: Option<Int> = Some(5)
  let none :: Option<Int> = None
  println(Json.encode(some))
  println(Json.encode(none))
  println(Json.encode(Some("text")))
  let maybe :: List<Option<Int>> = [Some(1), None, Some(3)]
  println(Json.encode(maybe))
  let m = %{"zebra" => 1, "apple" => 2, "mango" => 3}
  println(Json.encode(m))
  let m2 = Map.put(m, "banana", 4)
  println(Json.encode(m2))
  let m3 = Map.put(m2, "zebra", 10)
  println(Json.encode(m3))
  let empty_map :: Map<String, Int> = Map.new()
  println(Json.encode(empty_map))
  let nested = %{"evens" => [2, 4], "odds" => [1, 3, 5]}
  println(Json.encode(nested))
  println(Json.encode(%{"he said \"x\"" => "a\nb"}))
  println(Json.encode([%{"a" => 1}, %{"b" => 2}]))
  println(Json.encode_map(%{"k" => "v", "n" => "w"}))
  println(Json.encode_list([10, 20]))
  println(JSON.encode_list(["x"]))
  println(JSON.encode_map(%{"deep" => %{"er" => [true]}}))
end
