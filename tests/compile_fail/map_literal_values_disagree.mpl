# error: map literal values mix Int and String
fn main() do
  let m = %{"a" => 1, "b" => "two"}
  println("${Map.size(m)}")
end
