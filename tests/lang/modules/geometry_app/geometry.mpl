# Geometry module: a pub struct, pub functions, a private helper, and a struct returned inside a Result (Point!String)
pub struct Point do
  x :: Int
  y :: Int
end

fn square(n :: Int) -> Int = n * n

pub fn origin() -> Point do
  Point { x: 0, y: 0 }
end

pub fn distance_sq(a :: Point, b :: Point) -> Int do
  square(b.x - a.x) + square(b.y - a.y)
end

pub fn translate(p :: Point, dx :: Int, dy :: Int) -> Point do
  %{p | x: p.x + dx, y: p.y + dy}
end

pub fn parse_point(s :: String) -> Point!String do
  let parts = String.split(s, ",")
  if List.length(parts) != 2 do
    Err("expected x,y but got '" <> s <> "'")
  else
    case String.to_int(List.get(parts, 0)) do
      Some(x) ->
        case String.to_int(List.get(parts, 1)) do
          Some(y) -> Ok(Point { x: x, y: y })
          None -> Err("bad y")
        end
      None -> Err("bad x")
    end
  end
end
