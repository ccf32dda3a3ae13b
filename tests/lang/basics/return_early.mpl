# return: early exits from functions, from inside for loops and from nested if blocks
fn find_index(xs :: List<Int>, target :: Int) -> Int do
  for i in 0..List.length(xs) do
    if List.get(xs, i) == target do
      return i
    end
  end
  -1
end

fn classify(n :: Int) -> String do
  if n < 0 do
    return "negative"
  end
  if n == 0 do
    return "zero"
  end
  let big = n > 100
  if big do
    return "big"
  end
  "small"
end

fn first_even(xs :: List<Int>) -> Int? do
  for x in xs do
    if x % 2 == 0 do
      return Some(x)
    end
  end
  None
end

fn show(o :: Int?) -> String do
  case o do
    Some(x) -> "even ${x}"
    None -> "no even"
  end
end

fn main() do
  println("${find_index([5, 8, 13, 21], 13)}")
  println("${find_index([5, 8], 4)}")
  println(classify(-5))
  println(classify(0))
  println(classify(7))
  println(classify(1000))
  println(show(first_even([3, 5, 6, 8])))
  println(show(first_even([1, 3])))
end
