# Option and Result: T? and T!E annotations, A!B!C nesting, constructors, matching, `?` on both, `?` inside closures
fn safe_div(a :: Int, b :: Int) -> Int!String do
  if b == 0 do
    Err("division by zero")
  else
    Ok(a / b)
  end
end

fn lookup(m :: Map<String, Int>, k :: String) -> Int? do
  if Map.has_key(m, k) do Some(Map.get(m, k)) else None end
end

fn compute(a :: Int, b :: Int, c :: Int) -> Int!String do
  let x = safe_div(a, b)?
  let y = safe_div(x, c)?
  Ok(x + y)
end

fn sum_keys(m :: Map<String, Int>, k1 :: String, k2 :: String) -> Int? do
  let a = lookup(m, k1)?
  let b = lookup(m, k2)?
  Some(a + b)
end

fn check_all(xs :: List<Int>) -> Int!String do
  for x in xs do
    safe_div(100, x)?
  end
  Ok(List.length(xs))
end

fn show(r :: Int!String) -> String do
  case r do
    Ok(v) -> "ok ${v}"
    Err(e) -> "err ${e}"
  end
end

fn show_opt(o :: Int?) -> String do
  case o do
    Some(v) -> "some ${v}"
    None -> "none"
  end
end

fn show_deep(r :: Int!String!Bool) -> String do
  case r do
    Ok(n) -> "int ${n}"
    Err(Ok(s)) -> "inner ok " <> s
    Err(Err(b)) -> "inner err ${b}"
  end
end

fn main() do
  println(show(compute(100, 5, 2)))
  println(show(compute(100, 0, 2)))
  println(show(compute(100, 5, 0)))
  let m = %{"a" => 1, "b" => 2}
  println(show_opt(sum_keys(m, "a", "b")))
  println(show_opt(sum_keys(m, "a", "z")))
  println(show(check_all([1, 2, 5])))
  println(show(check_all([1, 0, 5])))
  let r2 :: Result<Int, String> = Err("boom")
  println(show(r2))
  let o :: Option<String> = Some("hi")
  case o do
    Some(s) -> println(s)
    None -> println("nothing")
  end
  println(show_deep(Ok(3)))
  println(show_deep(Err(Ok("x"))))
  println(show_deep(Err(Err(true))))
  let try_double = fn(s :: String) do
    let n = String.to_int(s)?
    Some(n * 2)
  end
  println(show_opt(try_double("21")))
  println(show_opt(try_double("nope")))
end
