# Results of tuples of structs ((Point, Line)!String): built, propagated with `?`, destructured with let and nested patterns, compared, Display and Debug
struct Point do
  x :: Int
  y :: Int
end deriving(Eq, Display, Debug)

struct Line do
  from :: Point
  to :: Point
  width :: Float
end deriving(Eq, Display, Debug)

fn midpoint(l :: Line) -> Point = Point { x: (l.from.x + l.to.x) / 2, y: (l.from.y + l.to.y) / 2 }

fn analyse(l :: Line) -> (Point, Line)!String do
  if l.from == l.to do
    Err("degenerate line at ${l.from}")
  else
    let m = midpoint(l)
    Ok((m, Line { from: m, to: l.to, width: l.width / 2.0 }))
  end
end

fn chain(l :: Line, times :: Int) -> (Point, Line)!String do
  let (m, half) = analyse(l)?
  if times <= 1 do
    Ok((m, half))
  else
    chain(half, times - 1)
  end
end

fn is_ok(r :: (Point, Line)!String) -> Bool do
  case r do
    Ok(_) -> true
    Err(_) -> false
  end
end

fn main() do
  let l = Line { from: Point { x: 0, y: 0 }, to: Point { x: 8, y: -16 }, width: 3.0 }
  case analyse(l) do
    Ok((m, rest)) -> println("mid ${m} rest ${rest}")
    Err(e) -> println(e)
  end
  println("${chain(l, 3)}")
  println("${chain(l, 6)}")
  let p = Point { x: 1, y: 1 }
  let flat = Line { from: p, to: p, width: 1.0 }
  println("${chain(flat, 2)}")
  println(analyse(l).inspect())
  let expected = Ok((Point { x: 4, y: -8 }, Line { from: Point { x: 4, y: -8 }, to: Point { x: 8, y: -16 }, width: 1.5 }))
  println("${analyse(l) == expected} ${analyse(flat) == expected}")
  let results = List.map([l, flat, l], analyse)
  let oks = List.filter(results, is_ok)
  println("${List.length(oks)} of ${List.length(results)}")
  case List.head(oks) do
    Ok((m, _)) -> println("head mid ${m.x},${m.y}")
    Err(_) -> println("no")
  end
end
