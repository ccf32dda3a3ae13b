# Multi-module project: structs and sum types made in Geo.Vec and Geo.Shape come back inside Results of tuples, Options of tuples and lists, and are matched in Main
import Geo.Shape
from Geo.Vec import Vec2, parse, make

fn describe(r :: (Vec2, Segment)!String) -> String do
  case r do
    Ok((d, s)) -> "segment ${s.name} delta ${d}"
    Err(e) -> "error: " <> e
  end
end

fn main() do
  let a = make(1, 2)
  let b = parse(" 4 6 ")
  println("${b}")
  println("${parse("4")} ${parse("a b")}")
  case b do
    Ok(bv) -> println(describe(Shape.segment(a, bv, "ab")))
    Err(e) -> println(e)
  end
  println(describe(Shape.segment(a, a, "aa")))
  let figs = [Dot(make(0, 5)), Seg(Segment { a: make(-2, 1), b: make(3, 3), name: "s" }), Path([make(7, -1), make(2, 2)])]
  println("${Shape.bounds(figs)}")
  println("${Shape.bounds([])}")
  let moved = List.map(figs, fn f -> Shape.shift(f, make(1, 1)) end)
  println("${moved}")
  println("${List.map(moved, Shape.points) == List.map(figs, fn f -> List.map(Shape.points(f), fn p -> make(p.x + 1, p.y + 1) end) end)}")
  case Shape.bounds(moved) do
    Some((lo, hi)) -> println("w=${hi.x - lo.x} h=${hi.y - lo.y}")
    None -> println("empty")
  end
  println(Json.encode(make(-3, 9)))
  println("${Vec2.from_json("{\"x\":5,\"y\":-5}")}")
end
