# error: map literal `%{` is never closed
fn headers() -> Map<String, String> do
  let h = %{"content-type" => "application/json",
    "accept" => "*/*"
  h
end

fn main() do
  println("${Map.size(headers())}")
end
