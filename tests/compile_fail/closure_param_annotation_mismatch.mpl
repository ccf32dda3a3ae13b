# error: List.map over List<String> with a closure whose parameter is annotated Int
fn main() do
  let xs = List.map(["a"], fn(x :: Int) -> x + 1 end)
  println("${xs}")
end
