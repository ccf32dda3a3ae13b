# Sum-type messages: nullary variants, multi-payload variants, nested sum types and struct payloads, matched in receive with guards
type Color do
  Red
  Green
  Rgb(Int, Int, Int)
end

struct Point do
  x :: Int
  y :: Int
end

type Shape do
  Dot(Point)
  Line(Point, Point)
  Painted(Color, String)
  Stop
end

fn color_name(c :: Color) -> String do
  case c do
    Red -> "red"
    Green -> "green"
    Rgb(r, g, b) -> "rgb(${r},${g},${b})"
  end
end

actor canvas(count :: Int) do
  receive do
    Dot(p) ->
      println("dot at ${p.x},${p.y}")
      canvas(count + 1)
    Line(a, b) when a.x == b.x ->
      println("vertical line x=${a.x}")
      canvas(count + 1)
    Line(a, b) ->
      let dx = b.x - a.x
      let dy = b.y - a.y
      println("line length^2 ${dx * dx + dy * dy}")
      canvas(count + 1)
    Painted(Rgb(r, _, _), label) when r > 200 ->
      println(label <> " painted bright, r=${r}")
      canvas(count + 1)
    Painted(c, label) ->
      println(label <> " painted " <> color_name(c))
      canvas(count + 1)
    Stop -> println("canvas stopped after ${count} shapes")
  end
end

fn main() do
  let c = spawn(canvas, 0)
  send(c, Dot(Point { x: 1, y: 2 }))
  send(c, Line(Point { x: 0, y: 0 }, Point { x: 0, y: 5 }))
  send(c, Line(Point { x: 0, y: 0 }, Point { x: 3, y: 4 }))
  send(c, Painted(Rgb(255, 0, 0), "sun"))
  send(c, Painted(Green, "leaf"))
  send(c, Painted(Rgb(10, 20, 30), "ink"))
  send(c, Painted(Red, "rose"))
  send(c, Stop)
end
