# String building: 2,000,000 interpolated lines collected and joined.
fn lines(i :: Int, n :: Int, acc :: List<String>) -> List<String> do
  if i == n do
    acc
  else
    lines(i + 1, n, List.append(acc, "item ${i}: ${i * 7} (${i % 13})"))
  end
end

fn main() do
  let text = String.join(lines(0, 2000000, []), "\n")
  println("${String.length(text)}")
end
