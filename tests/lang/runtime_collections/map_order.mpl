# Map iteration is insertion order: replaced keys keep their position, deleted then re-put keys move to the end (keys, values, to_list, for, Display)
fn main() do
  let m = %{"b" => 1, "a" => 2, "c" => 3}
  println(String.join(Map.keys(m), ","))
  let m2 = Map.put(m, "a", 20)
  println(String.join(Map.keys(m2), ","))
  println("${Map.values(m2)}")
  let m3 = Map.put(Map.delete(m2, "b"), "b", 100)
  println(String.join(Map.keys(m3), ","))
  println("${Map.values(m3)}")
  for {k, v} in m3 do
    println(k <> "=" <> String.from(v))
  end
  let pairs = Map.to_list(m3)
  let texts = List.map(pairs, fn(p) do
    let (k, v) = p
    k <> ":" <> String.from(v)
  end)
  println(String.join(texts, " "))
  let nums = %{3 => 30, 1 => 10, 2 => 20}
  println("${nums}")
  println("${Map.put(nums, 1, 11)}")
  println("${Map.put(nums, 0, 0)}")
  let ks = for {k, v} in nums when v > 15 do k end
  println("${ks}")
  println("${Map.keys(m)} ${Map.values(m)}")
end
