# Interface methods taking and returning structs inside Options and Results of tuples; impls for a struct and a sum type; bounded generics over lists of structs; Float operator traits
struct Vec do
  x :: Float
  y :: Float
end deriving(Eq, Display)

impl Add for Vec do
  type Output = Vec
  fn add(self, other :: Vec) -> Vec do
    Vec { x: self.x + other.x, y: self.y + other.y }
  end
end

impl Neg for Vec do
  fn neg(self) -> Vec do
    Vec { x: 0.0 - self.x, y: 0.0 - self.y }
  end
end

struct Particle do
  pos :: Vec
  mass :: Float
  name :: String
end deriving(Display)

type Body do
  Point(Vec)
  Heavy(Particle)
  Group(List<Particle>)
end deriving(Display)

interface Physical do
  fn center(self) -> Option<Vec>
  fn split(self, at :: Float) -> (Particle, Particle)!String
  fn weight(self) -> Float do
    1.0
  end
end

impl Physical for Particle do
  fn center(self) -> Option<Vec> do
    Some(self.pos)
  end
  fn split(self, at :: Float) -> (Particle, Particle)!String do
    if at <= 0.0 or at >= 1.0 do
      Err("cannot split ${self.name} at ${at}")
    else
      Ok((%{self | mass: self.mass * at, name: self.name <> "-a"}, %{self | mass: self.mass * (1.0 - at), name: self.name <> "-b"}))
    end
  end
  fn weight(self) -> Float do
    self.mass
  end
end

impl Physical for Body do
  fn center(self) -> Option<Vec> do
    case self do
      Point(v) -> Some(v)
      Heavy(p) -> p.center()
      Group(ps) -> if List.length(ps) == 0 do None else Some(List.reduce(ps, Vec { x: 0.0, y: 0.0 }, fn acc, p -> acc + p.pos end)) end
    end
  end
  fn split(self, at :: Float) -> (Particle, Particle)!String do
    case self do
      Heavy(p) -> p.split(at)
      _ -> Err("only heavy bodies split")
    end
  end
end

fn total_weight<T: Physical>(xs :: List<T>) -> Float do
  List.reduce(xs, 0.0, fn acc, x -> acc + x.weight() end)
end

fn centers<T: Physical>(xs :: List<T>) -> List<Option<Vec>> do
  List.map(xs, fn x -> x.center() end)
end

fn main() do
  let p1 = Particle { pos: Vec { x: 1.0, y: 2.0 }, mass: 4.0, name: "p1" }
  let p2 = Particle { pos: Vec { x: -0.5, y: 0.5 }, mass: 1.5, name: "p2" }
  let bodies = [Point(Vec { x: 3.0, y: 3.0 }), Heavy(p1), Group([p1, p2]), Group([])]
  println("${centers(bodies)}")
  println("${centers([p1, p2])}")
  println("${total_weight([p1, p2])} ${total_weight(bodies)}")
  println("${p1.split(0.25)}")
  println("${p2.split(1.5)}")
  println("${Heavy(p2).split(0.5)}")
  println("${Group([p1]).split(0.5)}")
  case p1.split(0.5) do
    Ok((a, b)) -> println("${a.mass + b.mass == p1.mass} ${-(a.pos) + b.pos}")
    Err(e) -> println(e)
  end
  let shifted = List.map([p1, p2], fn p -> %{p | pos: -p.pos} end)
  println("${shifted}")
end
