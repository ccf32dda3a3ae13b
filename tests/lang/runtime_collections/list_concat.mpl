# ++ and List.concat: empty sides, self-concatenation, appends after ++, and a 20,000-step `acc ++ [x]` loop
fn grow(acc :: List<Int>, i :: Int) -> List<Int> do
  if i == 20000 do acc else grow(acc ++ [i], i + 1) end
end

fn main() do
  let a = [1, 2]
  let b = [3]
  println("${a ++ b} ${List.concat(b, a)}")
  let e :: List<Int> = []
  println("${e ++ a} ${a ++ e} ${e ++ e}")
  println("${a ++ a}")
  let ab = a ++ b
  let x = ab ++ [10]
  let y = ab ++ [20]
  println("${x} ${y} ${ab}")
  let big = grow([], 0)
  println("${List.length(big)} ${List.get(big, 12345)} ${List.last(big)}")
  let words = ["mesh"] ++ ["is", "here"]
  println(String.join(words, " "))
end
