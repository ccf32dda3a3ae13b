# error: Map<String, Int> given an Int key in Map.put
fn main() do
  let m = %{"a" => 1}
  let m2 = Map.put(m, 2, 3)
  println("${Map.size(m2)}")
end
