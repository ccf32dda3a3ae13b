# error: missing `,` between list elements on one line
fn main() do
  let words = ["alpha", "beta" "gamma", "delta"]
  println("${List.length(words)}")
end
