# error: Map.get returns V (Int here), not Option<Int>; matching it against Some/None is a type error
fn main() do
  let m = %{"a" => 1}
  case Map.get(m, "a") do
    Some(v) -> println("${v}")
    None -> println("none")
  end
end
