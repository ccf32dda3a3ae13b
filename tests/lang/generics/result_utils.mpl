# Generic Result/Option combinators (map, and_then, map_err, unwrap_or, sequence, partition) used at several element and error types
fn map_ok<T, U, E>(r :: Result<T, E>, f :: Fun(T) -> U) -> Result<U, E> do
  case r do
    Ok(v) -> Ok(f(v))
    Err(e) -> Err(e)
  end
end

fn and_then<T, U, E>(r :: T!E, f :: Fun(T) -> U!E) -> U!E do
  case r do
    Ok(v) -> f(v)
    Err(e) -> Err(e)
  end
end

fn map_err<T, E, F>(r :: T!E, f :: Fun(E) -> F) -> T!F do
  case r do
    Ok(v) -> Ok(v)
    Err(e) -> Err(f(e))
  end
end

fn unwrap_or<T, E>(r :: T!E, fallback :: T) -> T do
  case r do
    Ok(v) -> v
    Err(_) -> fallback
  end
end

fn ok_or<T, E>(o :: T?, e :: E) -> T!E do
  case o do
    Some(v) -> Ok(v)
    None -> Err(e)
  end
end

fn sequence<T, E>(rs :: List<T!E>) -> List<T>!E do
  let out = List.reduce(rs, Ok([]), fn acc, r -> and_then(acc, fn xs -> map_ok(r, fn x -> List.append(xs, x) end) end) end)
  out
end

fn partition<T, E>(rs :: List<T!E>) -> (List<T>, List<E>) do
  List.reduce(rs, ([], []), fn acc, r ->
    case acc do
      (oks, errs) -> case r do
        Ok(v) -> (List.append(oks, v), errs)
        Err(e) -> (oks, List.append(errs, e))
      end
    end
  end)
end

fn parse(s :: String) -> Int!String = ok_or(String.to_int(s), "bad '" <> s <> "'")

fn half(n :: Int) -> Int!String do
  if n % 2 == 0 do Ok(n / 2) else Err("odd ${n}") end
end

fn show(r :: Int!String) -> String do
  case r do
    Ok(v) -> "ok ${v}"
    Err(e) -> "err " <> e
  end
end

fn show_list(r :: List<Int>!String) -> String do
  case r do
    Ok(v) -> "ok ${v}"
    Err(e) -> "err " <> e
  end
end

fn main() do
  println(show(map_ok(parse("20"), fn n -> n + 1 end)))
  println(show(and_then(parse("20"), half)))
  println(show(and_then(parse("21"), half)))
  println(show(and_then(parse("x"), half)))
  let lengths = map_err(and_then(parse("7"), half), fn e -> String.length(e) end)
  case lengths do
    Ok(v) -> println("ok ${v}")
    Err(n) -> println("error of length ${n}")
  end
  println("${unwrap_or(parse("nope"), -1)} ${unwrap_or(parse("5"), -1)}")
  let flags :: Bool!Int = Err(3)
  println("${unwrap_or(flags, true)}")
  println(show_list(sequence(List.map(["1", "2", "3"], parse))))
  println(show_list(sequence(List.map(["1", "b", "c"], parse))))
  let (oks, errs) = partition(List.map(["4", "q", "8", "z"], parse))
  println("${oks} ${errs}")
  let (evens, odds) = partition(List.map([2, 3, 4, 5, 6], half))
  println("${evens} ${odds}")
  let words = map_ok(ok_or(Some("mesh"), 0), fn w -> String.to_upper(w) end)
  println(unwrap_or(words, "?"))
end
