# Result and Option with `?`, and a struct travelling inside a Result.
struct Point do
  x :: Int
  y :: Int
end deriving(Display, Eq)

fn parse_coord(s :: String) -> Int!String do
  case String.to_int(s) do
    Some(n) -> Ok(n)
    None -> Err("not a number: ${s}")
  end
end

fn parse_point(text :: String) -> Point!String do
  let parts = String.split(text, ",")
  if List.length(parts) != 2 do
    return Err("expected x,y")
  end
  let x = parse_coord(List.get(parts, 0))?
  let y = parse_coord(List.get(parts, 1))?
  Ok(Point { x: x, y: y })
end

fn main() do
  for input in ["3,4", "3,x", "5"] do
    case parse_point(input) do
      Ok(p) -> println("point ${p}")
      Err(e) -> println("error: ${e}")
    end
  end
end
