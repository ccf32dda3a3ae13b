# Heads ending in a call: `case f(x) do`, `match f(x) do`, `if f(x) do`, `for x in f(y) do`, `while g(y) do` open their own blocks
fn lookup(id :: Int) -> String!String do
  if id > 0 do Ok("user${id}") else Err("bad id") end
end

fn is_small(n :: Int) -> Bool = n < 3

fn evens(n :: Int) -> List<Int> = for i in 0..n when i % 2 == 0 do i end

fn main() do
  case lookup(7) do
    Ok(name) -> println(name)
    Err(e) -> println(e)
  end
  match lookup(0) do
    Ok(name) -> println(name)
    Err(e) -> println(e)
  end
  if is_small(2) do
    println("small")
  end
  if String.starts_with("mesh", "me") do println("prefix") else println("no prefix") end
  for x in evens(7) do
    println("even ${x}")
  end
  for x in List.reverse([1, 2, 3]) do
    println("rev ${x}")
  end
  while is_small(5) do
    println("never")
  end
  let label = case lookup(-1) do
    Ok(n) -> n
    Err(e) -> "fallback (" <> e <> ")"
  end
  println(label)
  let doubled = for x in List.map([1, 2], fn x -> x * 2 end) do x + 1 end
  println("${doubled}")
end
