# Structs inside Result and Option, including Result<Result<Point, String>, Int> and Option<Result<Point, String>>, matched with nested patterns and guards
struct Point do
  x :: Int
  y :: Int
end deriving(Eq, Display)

fn parse_point(s :: String) -> Point!String do
  let parts = String.split(s, ",")
  if List.length(parts) != 2 do
    Err("bad arity: " <> s)
  else
    case (String.to_int(List.get(parts, 0)), String.to_int(List.get(parts, 1))) do
      (Some(x), Some(y)) -> Ok(Point { x: x, y: y })
      _ -> Err("bad number: " <> s)
    end
  end
end

fn checked(s :: String, limit :: Int) -> Result<Result<Point, String>, Int> do
  if String.length(s) > limit do
    Err(String.length(s))
  else
    Ok(parse_point(s))
  end
end

fn describe(r :: Result<Result<Point, String>, Int>) -> String do
  case r do
    Ok(Ok(p)) when p.x == 0 -> "on y axis at ${p.y}"
    Ok(Ok(p)) -> "point ${p}"
    Ok(Err(msg)) -> "parse error: " <> msg
    Err(n) -> "too long (${n})"
  end
end

fn first_ok(xs :: List<String>) -> Option<Point> do
  case xs do
    h :: t -> case parse_point(h) do
      Ok(p) -> Some(p)
      Err(_) -> first_ok(t)
    end
    _ -> None
  end
end

fn main() do
  println(describe(checked("3,4", 10)))
  println(describe(checked("0,-9", 10)))
  println(describe(checked("3;4", 10)))
  println(describe(checked("x,4", 10)))
  println(describe(checked("1000000,2000000", 10)))
  println("${checked("5,6", 9)}")
  println("${checked("5,6", 1)}")
  println("${checked("5", 9)}")
  let found = first_ok(["a", "1,x", "7,8", "9,9"])
  println("${found}")
  println("${first_ok(["nope"])}")
  let same = found == Some(Point { x: 7, y: 8 })
  println("${same}")
  let opt_res :: Option<Result<Point, String>> = Some(parse_point("1,2"))
  case opt_res do
    Some(Ok(p)) -> println("x+y=${p.x + p.y}")
    Some(Err(e)) -> println(e)
    None -> println("none")
  end
  let twice = checked("5,6", 9) == checked("5,6", 30)
  let differ = checked("5,6", 9) == checked("5,7", 9)
  println("${twice} ${differ}")
end
