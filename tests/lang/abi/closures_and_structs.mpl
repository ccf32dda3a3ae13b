# Structs passed to closures, returned from closures and captured by them; closures stored in struct fields, composed and called later
struct Vec2 do
  x :: Float
  y :: Float
end deriving(Eq, Display)

struct Transform do
  name :: String
  apply :: Fun(Vec2) -> Vec2
end

struct Body do
  pos :: Vec2
  vel :: Vec2
  mass :: Int
  tag :: Option<String>
  trail :: List<Vec2>
  alive :: Bool
end deriving(Display)

fn translate(d :: Vec2) -> Transform do
  Transform { name: "translate ${d}", apply: fn v -> Vec2 { x: v.x + d.x, y: v.y + d.y } end }
end

fn scale(k :: Float) -> Transform do
  Transform { name: "scale ${k}", apply: fn v -> Vec2 { x: v.x * k, y: v.y * k } end }
end

fn then(a :: Transform, b :: Transform) -> Transform do
  let first = a.apply
  Transform { name: a.name <> " then " <> b.name, apply: fn v -> b.apply(first(v)) end }
end

fn step(b :: Body, dt :: Float) -> Body do
  let next = Vec2 { x: b.pos.x + b.vel.x * dt, y: b.pos.y + b.vel.y * dt }
  %{b | pos: next, trail: List.append(b.trail, b.pos)}
end

fn main() do
  let origin = Vec2 { x: 0.0, y: 0.0 }
  let t = then(translate(Vec2 { x: 1.0, y: 2.0 }), scale(3.0))
  println(t.name)
  println("${t.apply(origin)}")
  let f = t.apply
  println("${f(Vec2 { x: -1.0, y: 0.5 })}")
  let ts = [translate(Vec2 { x: 0.5, y: 0.5 }), scale(2.0), t]
  let out = List.map(ts, fn tr -> tr.apply(Vec2 { x: 1.0, y: 1.0 }) end)
  println("${out}")
  let body = Body { pos: origin, vel: Vec2 { x: 1.0, y: -0.5 }, mass: 3, tag: Some("probe"), trail: [], alive: true }
  let advance = fn b -> step(b, 2.0) end
  let b3 = advance(advance(advance(body)))
  println("${b3.pos} ${List.length(b3.trail)}")
  println("${b3}")
  let snapshot = b3
  let describe = fn -> "mass ${snapshot.mass} at ${snapshot.pos}" end
  let b4 = %{b3 | mass: 10}
  println(describe())
  println("${b4.mass}")
  let make_body = fn(m :: Int) -> %{body | mass: m, tag: None} end
  let bodies = List.map([1, 2, 3], make_body)
  let total = List.reduce(bodies, 0, fn acc, bb -> acc + bb.mass end)
  println("${total} ${List.map(bodies, fn bb -> bb.tag end)}")
  let heaviest = List.reduce(bodies, body, fn best, bb -> if bb.mass > best.mass do bb else best end end)
  println("${heaviest.mass} ${heaviest.tag}")
  let kill = fn(bb :: Body) -> %{bb | alive: false} end
  let dead = List.filter(List.map(bodies, kill), fn bb -> not bb.alive end)
  println("${List.length(dead)}")
end
