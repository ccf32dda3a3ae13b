# error: case arm has a pattern and `->` but no body
fn lookup(m :: Map<String, Int>, k :: String) -> Int do
  case Map.get(m, k) do
    Some(v) ->
    None -> 0
  end
end

fn main() do
  println("${lookup(%{}, "a")}")
end
