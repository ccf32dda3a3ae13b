# Inferred return types: unannotated functions returning tuples, lists, Options and Results, including `?` deciding the return type
struct Reading do
  sensor :: String
  value :: Int
end

fn parse_int(s) do
  case String.to_int(s) do
    Some(n) -> Ok(n)
    None -> Err("not a number: " <> s)
  end
end

fn parse_reading(line :: String) do
  let parts = String.split(line, "=")
  if List.length(parts) != 2 do
    return Err("malformed: " <> line)
  end
  let value = parse_int(List.get(parts, 1))?
  Ok(Reading { sensor: List.get(parts, 0), value: value })
end

fn parse_all(lines) do
  let first = parse_reading(List.head(lines))?
  let rest = List.map(List.tail(lines), parse_reading)
  let values = List.map(rest, fn r -> unwrap_value(r) end)
  Ok((first.sensor, [first.value] ++ values))
end

fn unwrap_value(r :: Reading!String) do
  case r do
    Ok(reading) -> reading.value
    Err(_) -> 0
  end
end

fn lookup(m, key) do
  if Map.has_key(m, key) do Some(Map.get(m, key)) else None end
end

fn sum_keys(m, a, b) do
  let x = lookup(m, a)?
  let y = lookup(m, b)?
  Some(x + y)
end

fn stats(xs) do
  let total = List.reduce(xs, 0, fn acc, x -> acc + x end)
  (List.length(xs), total, if List.length(xs) == 0 do 0 else total / List.length(xs) end)
end

fn label(n) do
  if n > 0 do "positive" else if n < 0 do "negative" else "zero" end
end

fn describe(r) do
  case r do
    Ok((name, values)) -> name <> " ${values}"
    Err(e) -> "error: " <> e
  end
end

fn opt_text(o) do
  case o do
    Some(v) -> "some ${v}"
    None -> "none"
  end
end

fn main() do
  println(describe(parse_all(["temp=20", "temp=22", "temp=x", "temp=25"])))
  println(describe(parse_all(["temp"])))
  println(describe(parse_all(["temp=hot", "temp=1"])))
  let m = %{"a" => 1, "b" => 2, "c" => 40}
  println(opt_text(sum_keys(m, "a", "c")))
  println(opt_text(sum_keys(m, "a", "z")))
  let (count, total, mean) = stats([4, 8, 15, 16, 23, 42])
  println("count ${count} total ${total} mean ${mean}")
  let (c0, _, m0) = stats([])
  println("empty ${c0} ${m0}")
  println(String.join(List.map([3, 0, -2], label), ","))
end
