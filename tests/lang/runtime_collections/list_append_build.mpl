# List.append in a loop: 100,000 appends (ints and strings) build lists in amortised O(1); length, elements and sum are right
fn build(xs :: List<Int>, i :: Int, n :: Int) -> List<Int> do
  if i == n do
    xs
  else
    build(List.append(xs, i * 2), i + 1, n)
  end
end

fn build_strs(xs :: List<String>, i :: Int, n :: Int) -> List<String> do
  if i == n do
    xs
  else
    build_strs(List.append(xs, "s" <> String.from(i)), i + 1, n)
  end
end

fn main() do
  let xs = build([], 0, 100000)
  println("${List.length(xs)}")
  println("${List.get(xs, 0)} ${List.get(xs, 1)} ${List.get(xs, 99999)}")
  println("${List.last(xs)}")
  println("${List.reduce(xs, 0, fn acc, x -> acc + x end)}")
  let strs = build_strs([], 0, 100000)
  println("${List.length(strs)} " <> List.get(strs, 0) <> " " <> List.get(strs, 54321) <> " " <> List.last(strs))
end
