# error: map literal entry uses `:` instead of `=>`
fn defaults() -> Map<String, Int> do
  %{"retries": 3, "timeout" => 30}
end

fn main() do
  println("${Map.size(defaults())}")
end
