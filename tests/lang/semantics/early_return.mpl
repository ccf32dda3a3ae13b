# Early `return` from nested blocks: from a nested for inside if, from an if inside a case arm, from a for inside while, with unit; `return` inside a closure leaves only the closure
fn find_pair(xs :: List<Int>, target :: Int) -> Option<(Int, Int)> do
  for i in 0..List.length(xs) do
    for j in i + 1..List.length(xs) do
      if List.get(xs, i) + List.get(xs, j) == target do
        return Some((i, j))
      end
    end
  end
  None
end

fn classify(r :: Result<Int, String>) -> String do
  case r do
    Ok(n) -> if n < 0 do
      return "negative ok"
    else
      "ok ${n}"
    end
    Err(e) -> "err " <> e
  end
end

fn first_long(words :: List<String>) -> String do
  while true do
    for w in words do
      if String.length(w) > 3 do
        return w
      end
    end
    break
  end
  "none"
end

fn closure_return() -> Int do
  let f = fn x do
    if x > 10 do
      return 100
    end
    x * 2
  end
  f(5) + f(50) + 1
end

fn validate(n :: Int) -> String!String do
  if n < 0 do
    return Err("negative")
  end
  let doubled = n * 2
  if doubled > 100 do
    return Err("too big: ${doubled}")
  end
  Ok("fine ${doubled}")
end

fn log_positive(n :: Int) -> () do
  if n <= 0 do
    return ()
  end
  println("positive ${n}")
end

fn main() do
  println("${find_pair([1, 4, 6, 9], 10)}")
  println("${find_pair([1, 2], 10)}")
  println(classify(Ok(-1)) <> "; " <> classify(Ok(3)) <> "; " <> classify(Err("x")))
  println(first_long(["a", "abcd", "abcde"]) <> " " <> first_long(["x"]))
  println("${closure_return()}")
  println("${validate(-1)} ${validate(60)} ${validate(5)}")
  log_positive(0)
  log_positive(2)
end
